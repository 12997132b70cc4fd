import type { Db } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";

/**
 * Loads the actor for a signed-in user: the user and their memberships with organisation kinds.
 * Returns null for an unknown or deactivated user, or when the session predates a session-version
 * bump (deactivation, password change) — so such a user is out on their next request.
 */
export async function loadActor(
  client: Db,
  userId: string,
  options: { sessionVersion?: number; activeOrganisationId?: string | null } = {},
): Promise<Actor | null> {
  const user = await client.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || !user.active) return null;
  if (options.sessionVersion !== undefined && options.sessionVersion !== user.sessionVersion) return null;

  const memberships = user.memberships.map((m) => ({
    membershipId: m.id,
    organisationId: m.organisationId,
    organisationKind: m.organisation.kind,
    organisationName: m.organisation.name,
    regionId: m.organisation.kind === "REGION" ? m.organisation.id : m.organisation.regionId,
    role: m.role,
  }));
  const requested = options.activeOrganisationId;
  const activeOrganisationId =
    requested && memberships.some((m) => m.organisationId === requested) ? requested : (memberships[0]?.organisationId ?? null);

  return { userId: user.id, email: user.email, name: user.name, locale: user.locale, memberships, activeOrganisationId };
}
