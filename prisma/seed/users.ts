/**
 * Demo users (never in production). All share the password DEMO_PASSWORD, hashed once per run with
 * argon2id. Natural keys: User.email, Membership (user, organisation, role).
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { M, REGION_SJAELLAND, REGION_SYDDANMARK, type OrgIndex } from "./organisations";
import { seedId, type Tx } from "./util";

export const DEMO_PASSWORD = "demo-adgang-2026";

type OrgRef =
  | { platform: true }
  | { region: string }
  | { municipality: string }
  | { clinic: string }
  | { hospital: string };

interface DemoUser {
  email: string;
  name: string;
  memberships: { org: OrgRef; role: Role }[];
}

/** The eight demo accounts the product's walkthroughs use, then a few extra realistic ones. */
export const DEMO_USERS = [
  { email: "admin@demo.dk", name: "Anne Holm", memberships: [{ org: { platform: true }, role: "ADMIN" }] },
  { email: "koordinator.region@demo.dk", name: "Lars Mikkelsen", memberships: [{ org: { region: REGION_SJAELLAND }, role: "COORDINATOR" }] },
  {
    email: "koordinator.roskilde@demo.dk",
    name: "Mette Jensen",
    memberships: [
      { org: { municipality: M.roskilde }, role: "COORDINATOR" },
      { org: { municipality: M.roskilde }, role: "CASEWORKER" },
    ],
  },
  {
    email: "koordinator.naestved@demo.dk",
    name: "Henrik Nielsen",
    memberships: [
      { org: { municipality: M.naestved }, role: "COORDINATOR" },
      { org: { municipality: M.naestved }, role: "CASEWORKER" },
    ],
  },
  { email: "laege.roskilde@demo.dk", name: "Søren Pedersen", memberships: [{ org: { clinic: "roskilde-algade" }, role: "CLINICIAN" }] },
  { email: "laege.slagelse@demo.dk", name: "Camilla Thomsen", memberships: [{ org: { clinic: "slagelse-bredegade" }, role: "CLINICIAN" }] },
  { email: "formand@demo.dk", name: "Karen Kristensen", memberships: [{ org: { region: REGION_SYDDANMARK }, role: "COORDINATOR" }] },
  { email: "medlem@demo.dk", name: "Jens Rasmussen", memberships: [{ org: { municipality: M.odense }, role: "READER" }] },
  // Extra users.
  { email: "sagsbehandler.roskilde@demo.dk", name: "Louise Andersen", memberships: [{ org: { municipality: M.roskilde }, role: "CASEWORKER" }] },
  {
    email: "koordinator.slagelse@demo.dk",
    name: "Peter Larsen",
    memberships: [
      { org: { municipality: M.slagelse }, role: "COORDINATOR" },
      { org: { municipality: M.slagelse }, role: "CASEWORKER" },
    ],
  },
  { email: "koordinator.koege@demo.dk", name: "Birgitte Møller", memberships: [{ org: { municipality: M.koege }, role: "COORDINATOR" }] },
  { email: "laege.hospital@demo.dk", name: "Rasmus Johansen", memberships: [{ org: { hospital: "suh-roskilde" }, role: "CLINICIAN" }] },
  { email: "sekretaer.syddanmark@demo.dk", name: "Hanne Christiansen", memberships: [{ org: { region: REGION_SYDDANMARK }, role: "READER" }] },
  // Risk managers for the cross-sector adverse events (issue 14).
  { email: "risikomanager.roskilde@demo.dk", name: "Mette Lauridsen", memberships: [{ org: { municipality: M.roskilde }, role: "RISK_MANAGER" }, { org: { municipality: M.koege }, role: "RISK_MANAGER" }] },
  { email: "risikomanager.region@demo.dk", name: "Peter Vestergaard", memberships: [{ org: { region: REGION_SJAELLAND }, role: "RISK_MANAGER" }] },
  { email: "risikomanager.hospital@demo.dk", name: "Sofie Bech", memberships: [{ org: { hospital: "suh-roskilde" }, role: "RISK_MANAGER" }] },
] as const satisfies readonly DemoUser[];

/** The eight named demo accounts (the test checks their passwords). */
export const NAMED_DEMO_EMAILS = DEMO_USERS.slice(0, 8).map((u) => u.email);

export type DemoEmail = (typeof DEMO_USERS)[number]["email"];
export type UserIndex = Record<DemoEmail, string>;

function resolveOrg(orgs: OrgIndex, ref: OrgRef): string {
  if ("platform" in ref) return orgs.platformId;
  if ("region" in ref) return orgs.region(ref.region);
  if ("municipality" in ref) return orgs.municipality(ref.municipality).id;
  if ("clinic" in ref) {
    const clinic = orgs.clinics.get(ref.clinic);
    if (!clinic) throw new Error(`seed: unknown clinic ${ref.clinic}`);
    return clinic.id;
  }
  const hospital = orgs.hospitals.get(ref.hospital);
  if (!hospital) throw new Error(`seed: unknown hospital ${ref.hospital}`);
  return hospital.id;
}

/**
 * Creates or resets the demo users: re-running the seed restores their names, the demo password and
 * active status (so a demo machine can always be signed into again).
 */
export async function seedUsers(tx: Tx, orgs: OrgIndex, passwordHash: string): Promise<UserIndex> {
  const ids = {} as UserIndex;
  for (const user of DEMO_USERS as readonly DemoUser[]) {
    const data = { name: user.name, passwordHash, locale: "da" as const, active: true, deactivatedAt: null };
    const { id } = await tx.user.upsert({
      where: { email: user.email },
      create: { id: seedId("user", user.email.split("@")[0]), email: user.email, ...data },
      update: data,
      select: { id: true },
    });
    ids[user.email as DemoEmail] = id;
    for (const membership of user.memberships) {
      const organisationId = resolveOrg(orgs, membership.org);
      await tx.membership.upsert({
        where: { userId_organisationId_role: { userId: id, organisationId, role: membership.role } },
        create: { id: seedId("membership", user.email.split("@")[0], membership.role, organisationId), userId: id, organisationId, role: membership.role },
        update: {},
      });
    }
  }
  return ids;
}
