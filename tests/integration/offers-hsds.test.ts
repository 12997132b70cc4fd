/**
 * Open data against a real PostgreSQL: GET /api/hsds/services (+/{id}), /api/hsds/organizations and the
 * CSV export. The service response is validated against the HSDS 3.0 schemas in tests/support/hsds-3.0
 * — hand-written from the Open Referral 3.0 JSON schemas (github.com/openreferral/specification,
 * schema/*.json of the 3.0 release, and the API reference's list envelope): per object the properties
 * with their JSON types and enums, the `$ref`s and the `required` lists. Formats (uuid, uri, email) are
 * not checked (the portal's ids are cuids; docs/decisions/007-hsds-danish-extensions.md); properties
 * outside a schema are allowed, as in HSDS (the Danish `dk_*` extensions). The validator is below.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { createOrganisation } from "./support/factories";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forgetGeography } from "@/lib/domain/offers/list-municipalities";
import { GET as getServices } from "@/app/api/hsds/services/route";
import { GET as getService } from "@/app/api/hsds/services/[id]/route";
import { GET as getOrganizations } from "@/app/api/hsds/organizations/route";
import { GET as getCsv } from "@/app/api/tilbud/export/route";

// ── a small JSON-schema validator: required, type, enum, items, $ref ──────────────────────────────

type Schema = { type?: string; required?: string[]; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; $ref?: string };
const schemaDir = path.join(process.cwd(), "tests/support/hsds-3.0");
const schemas = new Map<string, Schema>();
const load = (file: string): Schema => {
  if (!schemas.has(file)) schemas.set(file, JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as Schema);
  return schemas.get(file)!;
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function validate(value: unknown, schema: Schema, at = "$"): string[] {
  if (schema.$ref) return validate(value, load(schema.$ref), at);
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type && !(actual === schema.type || (schema.type === "number" && actual === "integer"))) {
    return [`${at}: expected ${schema.type}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${at}: missing required "${key}"`);
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (key in object) errors.push(...validate(object[key], child, `${at}.${key}`));
    }
  }
  if (actual === "array" && schema.items) (value as unknown[]).forEach((item, i) => errors.push(...validate(item, schema.items!, `${at}[${i}]`)));
  return errors;
}

// ── fixtures ────────────────────────────────────────────────────────────────────────────────────

const DAY = 86_400_000;
let roskilde: { id: string };
let lejre: { id: string };

async function offer(seed: Partial<Prisma.OfferUncheckedCreateInput> & { ownerId: string; title: string }) {
  return db.offer.create({ data: { summary: "Et forebyggelsestilbud.", status: "PUBLISHED", publishedAt: new Date(), formats: ["GROUP"], languages: ["da"], ...seed } });
}

beforeEach(async () => {
  forgetGeography();
  const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
  roskilde = await db.organisation.create({
    data: { kind: "MUNICIPALITY", name: "Roskilde Kommune", code: "265", regionId: region.id, referralLocationNumber: "5790001234565", phone: "46 31 30 00", email: "kommunen@roskilde.dk" },
  });
  lejre = await db.organisation.create({ data: { kind: "MUNICIPALITY", name: "Lejre Kommune", code: "350", regionId: region.id } });
});

async function richOffer() {
  const o = await offer({
    ownerId: roskilde.id,
    title: "Rygestopkursus i grupper",
    summary: "Seks mødegange; med nikotinerstatning.",
    description: "Et gruppeforløb med en rygestopinstruktør.",
    riskFactors: ["SMOKING"],
    diagnoses: ["COPD"],
    targetAgeMin: 18,
    targetGroup: "Voksne rygere",
    formats: ["GROUP", "ONLINE"],
    sessions: 6,
    durationWeeks: 6,
    schedule: "Tirsdage kl. 16–18",
    languages: ["da", "ar"],
    afterHours: true,
    contactName: "Rygestopteamet",
    contactPhone: "46 31 30 00",
    contactEmail: "rygestop@roskilde.dk",
    entryPointLocationNumber: "5790001234565",
    capacity: "WAITING_LIST",
    waitingWeeksMin: 2,
    waitingWeeksMax: 4,
    validFrom: new Date("2026-01-01"),
    lastConfirmedAt: new Date(Date.now() - 200 * DAY),
    reviewIntervalDays: 180,
    locations: { create: [{ name: "Sundhedscenter Roskilde", address: "Køgevej 80", postalCode: "4000", city: "Roskilde", accessibility: "Elevator" }] },
  });
  await db.partnerArrangement.create({ data: { offerId: o.id, citizenMunicipalityId: lejre.id } });
  return o;
}

const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> & { contents: Record<string, unknown>[] } });
const services = async (query = "") => json(await getServices(new Request(`http://localhost/api/hsds/services${query}`)));

// ── tests ───────────────────────────────────────────────────────────────────────────────────────

describe("the validator catches what it should", () => {
  it("missing required, wrong type, bad enum — in nested objects", () => {
    const errors = validate(
      { id: "x", name: 3, status: "open", organization: { id: "o", name: "O" }, phones: [{ id: "p" }], attributes: [{ id: "a", link_id: "x", taxonomy_term_id: "t", link_entity: "service", taxonomy_term: { id: "t", name: "T" } }] },
      load("service.json"),
    );
    expect(errors.sort()).toEqual([
      "$.name: expected string, got integer",
      '$.status: "open" is not one of ["active","inactive","defunct","temporarily closed"]',
      '$.phones[0]: missing required "number"',
      '$.organization: missing required "description"',
      '$.attributes[0].taxonomy_term: missing required "description"',
    ].sort());
  });
});

describe("GET /api/hsds/services", () => {
  it("answers an HSDS 3.0 page of services that validates against the 3.0 schemas", async () => {
    const o = await richOffer();
    const { status, body } = await services();
    expect(status).toBe(200);
    expect(validate(body, load("page.json"))).toEqual([]);
    expect(body).toMatchObject({ total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false });
    const [service] = body.contents;
    expect(validate(service, load("service.json"))).toEqual([]);
    expect(service).toMatchObject({
      id: o.id,
      organization_id: roskilde.id,
      name: "Rygestopkursus i grupper",
      status: "active",
      minimum_age: 18,
      assured_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      application_process: "Henvis elektronisk til Roskilde Kommunes indgang (lok.nr. 5790001234565) — afklarende samtale først; venteliste 2–4 uger",
      organization: { id: roskilde.id, name: "Roskilde Kommune", dk_referral_location_number: "5790001234565" },
      dk_referral_route: "CLARIFYING_CONVERSATION",
      dk_entry_point_location_number: "5790001234565",
      dk_capacity: { status: "WAITING_LIST", waiting_weeks_min: 2, waiting_weeks_max: 4 },
      dk_freshness: { review_interval_days: 180, stale: true },
      dk_partner_municipalities: [{ id: lejre.id, name: "Lejre Kommune", code: "350" }],
    });
    expect(service.alert).toContain("ikke bekræftet");
    expect((service.attributes as { taxonomy_term_id: string }[]).map((a) => a.taxonomy_term_id)).toEqual(["risikofaktor-rygning", "diagnose-kol"]);
    expect((service.service_at_locations as { location: { addresses: unknown[] } }[])[0].location.addresses).toHaveLength(1);
    expect((service.service_areas as { name: string }[]).map((a) => a.name)).toEqual(["Roskilde Kommune", "Lejre Kommune"]);
    expect(service.contacts).toHaveLength(1);
    expect(service.schedules).toHaveLength(1);
  });

  it("a minimal offer (no contact, no schedule, no location) still validates", async () => {
    await offer({ ownerId: lejre.id, title: "Online rygestop", formats: ["ONLINE"], riskFactors: ["SMOKING"] });
    const { body } = await services();
    expect(validate(body.contents[0], load("service.json"))).toEqual([]);
  });

  it("only published, current offers; never a draft, archived or expired one", async () => {
    const draft = await offer({ ownerId: roskilde.id, title: "Kladde", status: "DRAFT", publishedAt: null });
    await offer({ ownerId: roskilde.id, title: "Arkiveret", status: "ARCHIVED" });
    await offer({ ownerId: roskilde.id, title: "Udløbet", validTo: new Date(Date.now() - 2 * DAY) });
    const published = await offer({ ownerId: roskilde.id, title: "Aktuelt" });
    const { body } = await services();
    expect(body.contents.map((s) => s.name)).toEqual(["Aktuelt"]);
    expect((await getService(new Request("http://x"), { params: Promise.resolve({ id: draft.id }) })).status).toBe(404);
    const one = await json(await getService(new Request("http://x"), { params: Promise.resolve({ id: published.id }) }));
    expect(one.status).toBe(200);
    expect(validate(one.body, load("service.json"))).toEqual([]);
  });

  it("search, taxonomy_term_id, organization_id and modified_after filter; page and per_page page", async () => {
    await offer({ ownerId: roskilde.id, title: "Hjælp til rygning", riskFactors: ["SMOKING"] });
    await offer({ ownerId: roskilde.id, title: "Rygestopkursus" });
    await offer({ ownerId: lejre.id, title: "KOL-skole", diagnoses: ["COPD"] });
    await offer({ ownerId: lejre.id, title: "Motion", riskFactors: ["EXERCISE"], updatedAt: new Date("2020-01-01") });

    const names = async (query: string) => (await services(query)).body.contents.map((s) => s.name).sort();
    expect(await names("?search=rygestop")).toEqual(["Hjælp til rygning", "Rygestopkursus"]);
    expect(await names("?taxonomy_term_id=diagnose-kol")).toEqual(["KOL-skole"]);
    expect(await names("?taxonomy_term_id=diagnose-kol,risikofaktor-motion")).toEqual(["KOL-skole", "Motion"]);
    expect(await names(`?organization_id=${lejre.id}`)).toEqual(["KOL-skole", "Motion"]);
    expect(await names("?modified_after=2025-01-01T00:00:00Z")).toEqual(["Hjælp til rygning", "KOL-skole", "Rygestopkursus"]);

    const first = (await services("?per_page=3")).body;
    const second = (await services("?per_page=3&page=2")).body;
    expect(first).toMatchObject({ total_items: 4, total_pages: 2, page_number: 1, size: 3, first_page: true, last_page: false, empty: false });
    expect(second).toMatchObject({ total_items: 4, page_number: 2, size: 1, first_page: false, last_page: true });
    expect((await services("?per_page=3&page=5")).body).toMatchObject({ total_items: 4, size: 0, empty: true, last_page: true });
  });

  it("bad parameters → 400 with the field", async () => {
    for (const query of ["?per_page=1000", "?page=0", "?taxonomy_term_id=ukendt", "?modified_after=igår"]) {
      const { status, body } = await services(query);
      expect(status, query).toBe(400);
      expect(body.error).toBe("invalid");
    }
  });

  it("no personal data: nothing of the coordinators who maintain the offers", async () => {
    await richOffer();
    await db.user.create({ data: { email: "koordinator@roskilde.dk", name: "Karen Koordinator", memberships: { create: [{ organisationId: roskilde.id, role: "COORDINATOR" }] } } });
    const text = JSON.stringify((await services()).body);
    expect(text).not.toContain("Karen Koordinator");
    expect(text).not.toContain("koordinator@roskilde.dk");
  });
});

describe("GET /api/hsds/organizations", () => {
  it("the municipalities and regions as HSDS organizations, in Danish order", async () => {
    const { body } = await json(await getOrganizations(new Request("http://localhost/api/hsds/organizations")));
    expect(validate(body, load("page.json"))).toEqual([]);
    for (const organization of body.contents) expect(validate(organization, load("organization.json"))).toEqual([]);
    expect(body.contents.map((o) => o.name)).toEqual(["Lejre Kommune", "Region Sjælland", "Roskilde Kommune"]);
    expect(body.contents.find((o) => o.name === "Roskilde Kommune")).toMatchObject({
      organization_identifiers: [{ identifier_type: "Kommunekode", identifier: "265" }],
    });
  });
});

describe("GET /api/tilbud/export (CSV for Excel)", () => {
  it("BOM, semicolons, Danish headers, one row per published offer, formulas defused", async () => {
    await richOffer();
    await offer({ ownerId: roskilde.id, title: "=HYPERLINK(\"http://evil\")", summary: "Forsøg" });
    await offer({ ownerId: roskilde.id, title: "Kladde", status: "DRAFT", publishedAt: null });
    const response = await getCsv(new Request("http://localhost/api/tilbud/export"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="forebyggelsestilbud-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0].split(";").slice(0, 4)).toEqual(["Id", "Titel", "Udbyder", "Kommune-/regionskode"]);
    expect(lines).toHaveLength(3);
    expect(text).toContain('"Seks mødegange; med nikotinerstatning."'); // a ";" inside a cell is quoted
    expect(text).toContain("'=HYPERLINK");
    expect(text).not.toContain("Kladde");
    expect(text).toContain("Henvis elektronisk til Roskilde Kommunes indgang (lok.nr. 5790001234565)");
  });

  it("takes the lookup's parameters", async () => {
    await richOffer();
    await offer({ ownerId: lejre.id, title: "Motion", riskFactors: ["EXERCISE"] });
    const text = await (await getCsv(new Request("http://localhost/api/tilbud/export?risikofaktor=motion"))).text();
    expect(text.trimEnd().split("\r\n")).toHaveLength(2);
    expect(text).toContain("Motion");
  });
});
