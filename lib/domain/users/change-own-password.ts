import "server-only";
import { db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearSignInFailures, normaliseEmail, reserveSignInAttempt } from "@/lib/auth/throttle";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canChangeOwnPassword } from "@/lib/rules/users";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { formatClock } from "@/lib/i18n/format";
import { changeOwnPasswordInput } from "./schemas";
import { userAuditSnapshot } from "./dto";

/**
 * A signed-in user changes their own password. The current password must be given — and guesses at
 * it count against the same throttle as the sign-in form, so a borrowed session cannot be used to
 * find it. The change ends every session of the user (sessionVersion is bumped and every session row
 * ended), this one included: whoever else may have had the old password or a copied cookie is out.
 * One audit row ("user.changePassword"), without hashes.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<void> {
  const data = parseInput(changeOwnPasswordInput, input);
  const current = requireSignedIn(actor);

  // scoped: the id comes from the session, never from the input
  const user = await db.user.findUnique({ where: { id: current.userId } });
  if (!user) throw new NotFoundError();
  ensureAllowed(canChangeOwnPassword(current, { id: user.id, hasPassword: user.passwordHash !== null }));

  const email = normaliseEmail(user.email);
  const reservation = await reserveSignInAttempt(db, email, now);
  if (!reservation.allowed) throw new ForbiddenError("auth.signIn.locked", { time: formatClock(reservation.lockedUntil) });
  if (!(await verifyPassword(user.passwordHash!, data.currentPassword))) {
    throw new InvalidError("errors.invalid", { currentPassword: ["profile.password.wrongCurrent"] });
  }
  await clearSignInFailures(db, email);
  if (await verifyPassword(user.passwordHash!, data.newPassword)) {
    throw new InvalidError("errors.invalid", { newPassword: ["profile.password.same"] });
  }
  const passwordHash = await hashPassword(data.newPassword);

  await db.$transaction(async (tx) => {
    // The session version read above: a password changed meanwhile (another tab) is a conflict.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, sessionVersion: user.sessionVersion },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now } });
    const after = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
    await recordAuditEvent(tx, current, {
      action: "user.changePassword",
      entityType: "User",
      entityId: user.id,
      before: userAuditSnapshot(user),
      after: userAuditSnapshot(after),
    });
  });
}
