import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { EmailMode, NotificationKind } from "@/lib/generated/prisma/enums";
import { EMAIL_KINDS, EMAIL_MODES, defaultEmailMode } from "@/lib/rules/email";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { version } from "@/lib/validation/primitives";
import { emailChoicesOf, type EmailChoicesDto } from "./email-choices-dto";

const mode = z.enum(EMAIL_MODES as [EmailMode, ...EmailMode[]], { error: "validation.choose" });
export const updateEmailChoicesInput = z.object({
  ...(Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, mode])) as Record<NotificationKind, typeof mode>),
  version,
});

/**
 * Saves one's own e-mail choices (immediately / daily digest / never per kind) with an audit row.
 * Only kinds that differ from their default get a row. A form rendered before another tab saved is
 * refused (ConflictError) instead of silently undoing that save.
 */
export async function updateEmailChoices(actor: Actor | null, input: unknown): Promise<EmailChoicesDto> {
  const data = parseInput(updateEmailChoicesInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: current.userId, emailChoicesVersion: data.version },
      data: { emailChoicesVersion: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
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
    return emailChoicesOf(tx, current.userId);
  });
}
