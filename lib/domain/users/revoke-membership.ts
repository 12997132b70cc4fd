import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canRevokeMembership } from "@/lib/rules/users";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { revokeMembershipInput } from "./schemas";
import { visibleMembershipsWhere } from "./scope";
import { membershipAuditSnapshot, toMembershipDto, type MembershipDto } from "./dto";

/** Removes a membership. The administrator revokes any; a coordinator only in their own organisation. */
export async function revokeMembership(actor: Actor | null, input: unknown): Promise<MembershipDto> {
  const data = parseInput(revokeMembershipInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      // scoped: a coordinator only sees memberships of their own organisation; others are "not found"
      where: { AND: [{ id: data.membershipId }, visibleMembershipsWhere(current)] },
      include: { organisation: { select: { id: true, name: true, kind: true } } },
    });
    if (!membership) throw new NotFoundError();
    ensureAllowed(canRevokeMembership(current, membership.organisation, membership));

    // Memberships carry no version: the full match makes a concurrent revoke (or re-grant) a no-op here.
    const { count } = await tx.membership.deleteMany({
      where: { id: membership.id, userId: membership.userId, organisationId: membership.organisationId, role: membership.role },
    });
    if (count === 0) throw new NotFoundError(); // revoked by someone else meanwhile

    await recordAuditEvent(tx, current, {
      action: "membership.revoke",
      entityType: "Membership",
      entityId: membership.id,
      before: membershipAuditSnapshot(membership),
    });
    return toMembershipDto(membership);
  });
}
