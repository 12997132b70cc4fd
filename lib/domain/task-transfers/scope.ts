import "server-only";
/**
 * What an actor may see of task transfers, as a Prisma `where` (the mirror of canViewTaskTransfer):
 * the cases of the organisations they belong to, and the cases their forums are responsible for.
 * Never `undefined` inside: no memberships → `in: []`, which matches nothing.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";

export function visibleTaskTransfersWhere(actor: Actor): Prisma.TaskTransferWhereInput {
  const ids = actor.memberships.map((m) => m.organisationId);
  return {
    OR: [
      { transferringOrganisationId: { in: ids } }, // scoped: the transferring party
      { receivingOrganisationId: { in: ids } }, // scoped: the receiving party
      { forum: { members: { some: { userId: actor.userId } } } }, // scoped: the responsible forum's members
    ],
  };
}
