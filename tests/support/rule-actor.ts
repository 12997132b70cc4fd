/**
 * A signed-in actor for the rules' decision tables: each membership as [organisationId, kind, role],
 * every organisation in region "R" (the rules read kind, role, organisation and region, nothing else).
 */
import type { Actor } from "@/lib/rules/actor";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";

export function ruleActor(...memberships: [string, OrganisationKind, Role][]): Actor {
  return {
    userId: "u",
    email: "u@x.dk",
    name: "U",
    locale: "da",
    activeOrganisationId: null,
    memberships: memberships.map(([organisationId, organisationKind, role], i) => ({ membershipId: `m${i}`, organisationId, organisationKind, organisationName: organisationId, regionId: "R", role })),
  };
}

/** A rule's decision as one table cell: "allowed", or the reason it was refused. */
export const outcome = (d: { allowed: boolean; reason?: string }) => (d.allowed ? "allowed" : d.reason);
