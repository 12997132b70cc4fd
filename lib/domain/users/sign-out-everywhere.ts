import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canUpdateProfile } from "@/lib/rules/users";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, requireSignedIn } from "@/lib/domain/pipeline";
import { userAuditSnapshot } from "./dto";

/**
 * "Log ud alle steder": every session of the signed-in user ends — on every computer, this one too.
 * The session version is bumped (every cookie issued before is refused) and every session row ended.
 * One audit row ("user.signOutEverywhere"). Takes no input: it can only ever reach one's own sessions.
 */
export async function signOutEverywhere(actor: Actor | null, now: Date = new Date()): Promise<void> {
  const current = requireSignedIn(actor);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: current.userId } });
    if (!user) throw new NotFoundError();
    ensureAllowed(canUpdateProfile(current, user));
    const after = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now } });
    await recordAuditEvent(tx, current, {
      action: "user.signOutEverywhere",
      entityType: "User",
      entityId: user.id,
      before: userAuditSnapshot(user),
      after: userAuditSnapshot(after),
    });
  });
}
