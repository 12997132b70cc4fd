import "server-only";
import { db } from "@/lib/db/client";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { canGrantRole, ROLES_BY_ORGANISATION_KIND } from "@/lib/rules/users";
import { compareDanish } from "@/lib/i18n/format";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { managedOrganisationsWhere } from "./scope";

export type ManageableOrganisationDto = { id: string; name: string; kind: OrganisationKind; grantableRoles: Role[] };

/**
 * The organisations the actor may grant memberships in, each with the roles the actor may grant
 * there — for the organisation and role choices of the create-user and grant forms.
 */
export async function listManageableOrganisations(actor: Actor | null): Promise<ManageableOrganisationDto[]> {
  const current = requireSignedIn(actor);
  const organisations = await db.organisation.findMany({
    where: managedOrganisationsWhere(current), // scoped: admin all, a coordinator their own organisation
    select: { id: true, name: true, kind: true },
  });
  return organisations
    .map((o) => ({ ...o, grantableRoles: ROLES_BY_ORGANISATION_KIND[o.kind].filter((role) => canGrantRole(current, o, role).allowed) }))
    .filter((o) => o.grantableRoles.length > 0)
    .sort((a, b) => compareDanish(a.name, b.name));
}
