/**
 * Small builders for integration tests: each test creates exactly the organisations and users it
 * needs, and gets the actor the app would load for them (via the real loadActor).
 */
import { db } from "./db";
import { loadActor } from "@/lib/auth/load-actor";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";

let counter = 0;
const next = () => ++counter;

export async function createOrganisation(kind: OrganisationKind, overrides: { name?: string; code?: string; regionId?: string } = {}) {
  const n = next();
  return db.organisation.create({
    data: { kind, name: overrides.name ?? `${kind} ${n}`, code: overrides.code ?? `T${n}`, regionId: overrides.regionId },
  });
}

export async function createUser(
  memberships: { organisationId: string; role: Role }[],
  overrides: { email?: string; name?: string; passwordHash?: string; active?: boolean } = {},
) {
  const n = next();
  return db.user.create({
    data: {
      email: overrides.email ?? `user${n}@test.dk`,
      name: overrides.name ?? `Test Bruger ${n}`,
      passwordHash: overrides.passwordHash,
      active: overrides.active ?? true,
      memberships: { create: memberships },
    },
  });
}

export async function actorFor(userId: string, activeOrganisationId?: string): Promise<Actor> {
  const actor = await loadActor(db, userId, { activeOrganisationId });
  if (!actor) throw new Error(`no actor for ${userId}`);
  return actor;
}

/** An administrator of the platform organisation, with their actor. */
export async function createAdmin() {
  const platform = await createOrganisation("PLATFORM", { name: "Sundhedsaftaleportalen drift" });
  const user = await createUser([{ organisationId: platform.id, role: "ADMIN" }]);
  return { platform, user, actor: await actorFor(user.id) };
}
