import "server-only";
/**
 * What the profile's e-mail form shows: the mode per notification kind (a kind left at its default
 * has no row), whether e-mail is switched on at all, the digest's hour, and the version the form
 * saves against.
 */
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { EmailMode, NotificationKind } from "@/lib/generated/prisma/enums";
import { EMAIL_KINDS, emailModeOf } from "@/lib/rules/email";
import { emailEnabled } from "@/lib/email/mailer";
import { digestHour } from "@/lib/domain/jobs/email";

export type EmailChoicesDto = { choices: { kind: NotificationKind; mode: EmailMode }[]; enabled: boolean; digestHour: number; version: number };

export async function emailChoicesOf(client: Tx | typeof db, userId: string): Promise<EmailChoicesDto> {
  const [user, rows] = await Promise.all([
    client.user.findUniqueOrThrow({ where: { id: userId }, select: { emailChoicesVersion: true } }),
    client.notificationPreference.findMany({ where: { userId }, select: { kind: true, mode: true } }),
  ]);
  const chosen = new Map(rows.map((r) => [r.kind, r.mode]));
  return {
    choices: EMAIL_KINDS.map((kind) => ({ kind, mode: emailModeOf(kind, chosen) })),
    enabled: emailEnabled(),
    digestHour: digestHour(),
    version: user.emailChoicesVersion,
  };
}
