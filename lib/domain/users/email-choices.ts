import "server-only";
/**
 * A user's own e-mail choices per notification kind (immediately / daily digest / never). Scoped to the
 * actor's own user id; a kind left at its default has no row. Saved with an audit row.
 */
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { EmailMode, NotificationKind } from "@/lib/generated/prisma/enums";
import { EMAIL_KINDS, EMAIL_MODES, defaultEmailMode, emailModeOf } from "@/lib/rules/email";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { emailEnabled } from "@/lib/email/mailer";
import { digestHour } from "@/lib/domain/jobs/email";

export const updateEmailChoicesInput = z.object(
  Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, z.enum(EMAIL_MODES as [EmailMode, ...EmailMode[]], { error: "validation.choose" })])) as Record<NotificationKind, z.ZodEnum<Record<EmailMode, EmailMode>>>,
);

export type EmailChoicesDto = { choices: { kind: NotificationKind; mode: EmailMode }[]; enabled: boolean; digestHour: number };

async function chosen(userId: string): Promise<Map<NotificationKind, EmailMode>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, mode: true } });
  return new Map(rows.map((r) => [r.kind, r.mode]));
}

export async function getEmailChoices(actor: Actor | null): Promise<EmailChoicesDto> {
  const current = requireSignedIn(actor);
  const map = await chosen(current.userId);
  return { choices: EMAIL_KINDS.map((kind) => ({ kind, mode: emailModeOf(kind, map) })), enabled: emailEnabled(), digestHour: digestHour() };
}

export async function updateEmailChoices(actor: Actor | null, input: unknown): Promise<EmailChoicesDto> {
  const data = parseInput(updateEmailChoicesInput, input) as Record<NotificationKind, EmailMode>;
  const current = requireSignedIn(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId: current.userId }, select: { kind: true, mode: true } });
    await tx.notificationPreference.deleteMany({ where: { userId: current.userId } });
    const rows = EMAIL_KINDS.filter((kind) => data[kind] !== defaultEmailMode(kind)).map((kind) => ({ userId: current.userId, kind, mode: data[kind] }));
    if (rows.length) await tx.notificationPreference.createMany({ data: rows });
    await recordAuditEvent(tx, current, {
      action: "user.emailChoices",
      entityType: "User",
      entityId: current.userId,
      before: Object.fromEntries(before.map((r) => [r.kind, r.mode])),
      after: Object.fromEntries(rows.map((r) => [r.kind, r.mode])),
    });
  });
  return getEmailChoices(current);
}
