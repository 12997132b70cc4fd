/**
 * Issue 18, "odd bytes give 500": a NUL byte (or another control character, or a lone surrogate —
 * what a broken escape becomes) in a query parameter or an id reached PostgreSQL, which cannot store
 * or compare NUL, and the page answered 500. Now the schema primitives (lib/validation/primitives.ts)
 * strip it from a search box's text and refuse it in an id or a filter, so each read below resolves
 * or is an expected refusal (a DomainError the page turns into a 404 or a message) — never a
 * database error. Each of these threw PostgreSQL's "invalid byte sequence" (22021) before.
 */
import { describe, expect, it } from "vitest";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import { db } from "./support/db";
import { listUsers } from "@/lib/domain/users/list-users";
import { listAuditEvents } from "@/lib/domain/audit/list-audit-events";
import { listOrganisationMembers } from "@/lib/domain/users/list-organisation-members";
import { listHsdsOrganizations } from "@/lib/domain/offers/list-hsds-organizations";
import { listHsdsServices } from "@/lib/domain/offers/list-hsds-services";
import { getHsdsService } from "@/lib/domain/offers/get-hsds-service";
import { getInitiative } from "@/lib/domain/initiatives/get-initiative";
import { searchSections } from "@/lib/domain/agreements/search-sections";
import { listAccessLog } from "@/lib/domain/referrals/list-access-log";
import { DomainError } from "@/lib/domain/errors";

const ODD = ["\u0000", "Roskilde\u0000", "a\u001Bb", "\uD800"];

/** Resolves, or an expected refusal: anything else (a PostgreSQL error) fails the test. */
async function answered(read: Promise<unknown>): Promise<"ok" | DomainError["kind"]> {
  try {
    await read;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.kind;
    throw error;
  }
}

describe("a NUL byte in a query parameter never reaches PostgreSQL", () => {
  it("admin user search: the text is searched without it", async () => {
    const { actor } = await createAdmin();
    const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune" });
    await createUser([{ organisationId: roskilde.id, role: "READER" }], { name: "Ørsted Øre" });
    for (const q of ODD) expect(await answered(listUsers(actor, { q })), JSON.stringify(q)).toBe("ok");
    expect((await listUsers(actor, { q: "Ørsted\u0000" })).items.map((u) => u.name)).toEqual(["Ørsted Øre"]);
  });

  it("audit trail filters: refused as invalid (the page says the filter is not valid)", async () => {
    const { actor } = await createAdmin();
    for (const filter of ["userId", "organisationId", "entityType", "entityId"]) {
      for (const value of ODD) expect(await answered(listAuditEvents(actor, { [filter]: value })), `${filter}=${JSON.stringify(value)}`).toBe("invalid");
    }
  });

  it("the members page's organisation filter: refused (the page's 404)", async () => {
    const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune" });
    const coordinator = await actorFor((await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }])).id);
    for (const value of ODD) expect(await answered(listOrganisationMembers(coordinator, { organisationId: value }))).toBe("invalid");
  });

  it("access log search (reference, user): invalid, not a database error", async () => {
    const { actor } = await createAdmin();
    for (const value of ODD) {
      expect(await answered(listAccessLog(actor, { reference: value }))).toMatch(/ok|invalid/);
      expect(await answered(listAccessLog(actor, { email: value }))).toMatch(/ok|invalid/);
    }
  });

  it("HSDS open data: organisations and services search answer; a service id that cannot be an id is refused", async () => {
    await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune" });
    for (const search of ODD) {
      expect(await answered(listHsdsOrganizations({ search }))).toBe("ok");
      expect(await answered(listHsdsServices({ search }))).toBe("ok");
      expect(await answered(getHsdsService({ id: search }))).toMatch(/invalid|not_found/);
      expect(await answered(listHsdsServices({ organization_id: search }))).toBe("invalid");
    }
  });

  it("an initiative id and an agreement search: refused or searched without the odd character", async () => {
    const region = await createOrganisation("REGION", { name: "Region Sjælland" });
    const reader = await actorFor((await createUser([{ organisationId: region.id, role: "COORDINATOR" }])).id);
    for (const value of ODD) {
      expect(await answered(getInitiative(reader, { initiativeId: value }))).toBe("invalid");
      expect(await answered(searchSections(reader, { versionId: "v1", q: value }))).toMatch(/ok|not_found/);
      expect(await answered(searchSections(reader, { versionId: value, q: "frist" }))).toBe("invalid");
    }
    expect(await db.auditEvent.count()).toBe(0);
  });
});
