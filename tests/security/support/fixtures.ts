/**
 * Rows the seed does not have but the matrix must attack (a milestone, an import preview, a
 * notification, an aids change proposal, audit rows): made the way a user makes them — through the
 * app, by their owners.
 */
import type pg from "pg";
import { expect } from "@playwright/test";
import { BASE_URL, callAction, session } from "./http";
import { actionId, type ManifestAction } from "./manifest";
import { ROLES } from "./roles";
import { AID_PARTY_FIELDS } from "@/lib/aids/fields";

const SHEET = '\uFEFF"Navn på indsats";"Begrundelse for om indsatsen skal videreføres eller afvikles"\r\nRygestop;Videreføres. Virker\r\n';

const one = async (db: pg.Client, sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0] as Record<string, unknown> | undefined;
const count = async (db: pg.Client, table: string) => Number((await db.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n);

export async function ensureTargets(db: pg.Client, actions: ManifestAction[]): Promise<void> {
  const chair = await session(actions, ROLES.committeeChair);
  const chairForum = await one(
    db,
    `SELECT m."forumId" AS id FROM "ForumMember" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m.position IN ('CHAIR','SECRETARY') ORDER BY m."forumId" LIMIT 1`,
    [ROLES.committeeChair],
  );
  if ((await count(db, "InitiativeMilestone")) === 0) {
    const initiative = await one(db, `SELECT id FROM "Initiative" WHERE "forumId" = $1 ORDER BY id LIMIT 1`, [chairForum?.id]);
    const answer = await callAction(chair, actionId(actions, "app/(portal)/initiativer/actions.ts", "addMilestoneAction"), "state", { initiativeId: String(initiative?.id), title: "Sikkerhedstest: delmål" });
    expect(answer.state, "the chair adds a milestone").toBe("success");
  }
  if ((await count(db, "InitiativeImport")) === 0) {
    const body = new FormData();
    body.set("stage", "PROPOSED");
    body.set("file", new Blob([SHEET], { type: "text/csv" }), "status.csv");
    const response = await chair.post(`/api/initiativer/import?forumId=${encodeURIComponent(String(chairForum?.id))}`, { multipart: body, headers: { Origin: BASE_URL }, maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), "the chair uploads a status table").toBe(303);
  }
  await chair.dispose();
  if ((await count(db, "Notification")) === 0) {
    const caseworker = await session(actions, ROLES.caseworker);
    const referral = await one(
      db,
      `SELECT r.id, r.version FROM "Referral" r WHERE r.status = 'SENT' AND r."receivingMunicipalityId" IN (SELECT m."organisationId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1) ORDER BY r.id LIMIT 1`,
      [ROLES.caseworker],
    );
    const answer = await callAction(caseworker, actionId(actions, "app/(portal)/henvisninger/actions.ts", "receiveReferralAction"), "state", { referralId: String(referral?.id), version: String(referral?.version) });
    expect(answer.redirect ?? answer.state, "the caseworker receipts a referral (the GP is notified)").toMatch(/udfoert=receive|success/);
    await caseworker.dispose();
  }
  if ((await count(db, "AidProposal")) === 0) {
    // A municipal caseworker (reads the region's catalogue, no council seat) proposes a change to an aid.
    const caseworker = await session(actions, ROLES.caseworker);
    const item = await one(db, `SELECT * FROM "AidItem" ORDER BY id LIMIT 1`, []);
    const fields = Object.fromEntries(AID_PARTY_FIELDS.map((f) => [f, String(item?.[f])]));
    const answer = await callAction(caseworker, actionId(actions, "app/(public)/hjaelpemidler/actions.ts", "proposeAidChangeAction"), "state", {
      catalogueId: String(item?.catalogueId),
      itemId: String(item?.id),
      baseVersion: String(item?.version),
      number: String(item?.number),
      name: String(item?.name),
      category: String(item?.category),
      ...fields,
      justification: "Sikkerhedstest: forslag om ændret ansvar ved midlertidigt behov",
    });
    expect(answer.redirect ?? answer.state, "the caseworker proposes an aids change").toMatch(/udfoert|success/);
    await caseworker.dispose();
  }
}
