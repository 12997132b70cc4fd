import { describe, expect, it } from "vitest";
import { ariaCurrentFor, navigationFor } from "@/lib/navigation";
import type { Actor, ActorMembership } from "@/lib/rules/actor";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";

function actor(...memberships: [OrganisationKind, Role][]): Actor {
  return {
    userId: "u1",
    email: "a@b.dk",
    name: "A",
    locale: "da",
    activeOrganisationId: memberships.length ? "o0" : null,
    memberships: memberships.map(
      ([kind, role], i): ActorMembership => ({
        membershipId: `m${i}`,
        organisationId: `o${i}`,
        organisationKind: kind,
        organisationName: `Org ${i}`,
        regionId: null,
        role,
      }),
    ),
  };
}

const hrefs = (a: Actor | null, forumMember = false) => navigationFor(a, { forumMember }).map((item) => item.href);

describe("navigationFor", () => {
  it.each<[string, Actor | null, boolean, string[]]>([
    ["the public", null, false, ["/aftaler", "/tilbud"]],
    ["a public visitor who is (impossibly) flagged as forum member", null, true, ["/aftaler", "/tilbud"]],
    ["a user without memberships", actor(), false, ["/aftaler", "/tilbud", "/profil"]],
    ["a GP clinician", actor(["GP_CLINIC", "CLINICIAN"]), false, ["/aftaler", "/tilbud", "/henvisninger", "/profil"]],
    ["a hospital clinician", actor(["HOSPITAL", "CLINICIAN"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/henvisninger", "/profil"]],
    ["a municipal coordinator", actor(["MUNICIPALITY", "COORDINATOR"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/mine-tilbud", "/henvisninger", "/organisation/medlemmer", "/opgaveoverdragelse", "/overholdelse", "/profil"]],
    ["a municipal caseworker", actor(["MUNICIPALITY", "CASEWORKER"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/henvisninger", "/profil"]],
    ["a municipal reader", actor(["MUNICIPALITY", "READER"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/profil"]],
    ["a regional coordinator", actor(["REGION", "COORDINATOR"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/mine-tilbud", "/fora", "/initiativer", "/organisation/medlemmer", "/henvisninger/statistik", "/opgaveoverdragelse", "/overholdelse", "/profil"]],
    ["a regional reader", actor(["REGION", "READER"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/henvisninger/statistik", "/overholdelse", "/profil"]],
    ["a forum member", actor(["GP_CLINIC", "READER"]), true, ["/aftaler", "/tilbud", "/fora", "/initiativer", "/henvisninger/statistik", "/opgaveoverdragelse", "/overholdelse", "/profil"]],
    ["a platform admin", actor(["PLATFORM", "ADMIN"]), false, ["/aftaler", "/tilbud", "/overholdelse", "/admin/brugere", "/admin/revision", "/admin/adgangslog", "/admin/job", "/profil"]],
    ["a hospital risk manager", actor(["HOSPITAL", "RISK_MANAGER"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/haendelser", "/profil"]],
    ["an ADMIN role outside the platform organisation", actor(["MUNICIPALITY", "ADMIN"]), false, ["/aftaler", "/tilbud", "/hjaelpemidler", "/profil"]],
    [
      "a clinician who is also a regional coordinator",
      actor(["GP_CLINIC", "CLINICIAN"], ["REGION", "COORDINATOR"]),
      false,
      ["/aftaler", "/tilbud", "/hjaelpemidler", "/mine-tilbud", "/henvisninger", "/fora", "/initiativer", "/organisation/medlemmer", "/henvisninger/statistik", "/opgaveoverdragelse", "/overholdelse", "/profil"],
    ],
  ])("%s", (_label, a, forumMember, expected) => {
    expect(hrefs(a, forumMember)).toEqual(expected);
  });

  it("returns each item once, in menu order, with a label key", () => {
    const items = navigationFor(actor(["MUNICIPALITY", "COORDINATOR"], ["MUNICIPALITY", "CASEWORKER"], ["GP_CLINIC", "CLINICIAN"]), {
      forumMember: true,
    });
    expect(items.map((i) => i.id)).toEqual(["agreements", "offers", "aids", "myOffers", "referrals", "forums", "initiatives", "members", "statistics", "taskTransfers", "compliance", "profile"]);
    expect(items.every((i) => i.labelKey.startsWith("nav."))).toBe(true);
  });
});

describe("ariaCurrentFor", () => {
  it.each<[string, string, "page" | "true" | undefined]>([
    ["/aftaler", "/aftaler", "page"],
    ["/aftaler/abc/sektioner", "/aftaler", "true"],
    ["/aftalerne", "/aftaler", undefined],
    ["/", "/aftaler", undefined],
    ["/admin/revision", "/admin/brugere", undefined],
    ["/", "/", "page"],
    ["/aftaler", "/", undefined],
  ])("%s for link %s → %s", (pathname, href, expected) => {
    expect(ariaCurrentFor(pathname, href)).toBe(expected);
  });
});
