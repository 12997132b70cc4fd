import "server-only";
/**
 * What an actor may see of the agreements, as `where` clauses combined with the requested id by AND:
 * a row outside the scope is "not found", like a row that does not exist. Never `undefined` inside
 * (Prisma would drop it and widen the query): an actor without coordinator memberships gets `in: []`.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { agreementCoordinatorOrganisationIds, PUBLIC_STATUSES } from "@/lib/rules/agreements";

/** Public versions for everyone; drafts and consultation for the coordinators of their parties. */
export function visibleVersionsWhere(actor: Actor | null): Prisma.AgreementVersionWhereInput {
  const publicVersions: Prisma.AgreementVersionWhereInput = { status: { in: [...PUBLIC_STATUSES] } };
  if (!actor) return publicVersions;
  return {
    OR: [
      publicVersions,
      // scoped: a draft only for the coordinators of its parties
      { parties: { some: { organisationId: { in: agreementCoordinatorOrganisationIds(actor) } } } },
    ],
  };
}

export function visibleSectionsWhere(actor: Actor | null): Prisma.SectionWhereInput {
  return { agreementVersion: visibleVersionsWhere(actor) };
}
