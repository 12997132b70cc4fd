/**
 * What the virtual users need before the load starts: the server actions' ids from the build's
 * manifest (tests/security/support/manifest.ts, as an attacker or the browser finds them), the
 * people's sessions (minted as next-auth issues them: bench/support/app-server.ts), and the things
 * they work on — municipality codes for the lookup, referral targets (checked by the referral
 * form's own preview), a draft amendment of the seeded agreement with its sections (started through
 * the server action if there is none yet), and the committee's forums.
 */
import pg from "pg";
import { danishDate } from "../../../lib/calendar";
import { actionId, manifestActions } from "../../../tests/security/support/manifest";
import { sessionCookie } from "../app-server";
import { Browser } from "./client";

const REFERRALS = "app/(portal)/henvisninger/actions.ts";
const AGREEMENTS = "app/(portal)/aftaler-redigering/actions.ts";
const SEEDED_AGREEMENT = "seed-agreement-sjl1518";
/** Sections the coordinators share: few, so that saves meet. */
const SECTIONS = 6;

/** Who each persona signs in as (demo users, prisma/seed/users.ts); users of one persona take turns. */
const PEOPLE = {
  gp: ["laege.roskilde@demo.dk", "laege.slagelse@demo.dk", "laege.hospital@demo.dk"],
  caseworker: ["sagsbehandler.roskilde@demo.dk", "koordinator.roskilde@demo.dk"],
  coordinator: ["koordinator.region@demo.dk"],
  coordinatorPartner: ["koordinator.roskilde@demo.dk"],
  committee: ["formand@demo.dk", "medlem@demo.dk"],
} as const;

export type Section = { id: string; kind: string; number: string; title: string; body: string; layer: string; area: string };

export type LoadSetup = {
  base: string;
  databaseUrl: string;
  today: string;
  actions: Record<"refer" | "receive" | "accept" | "start" | "complete" | "reject" | "updateSection", string>;
  municipalityCodes: string[];
  roskildeId: string;
  referralTargets: string[];
  draftVersionId: string;
  sections: Section[];
  forumIds: string[];
  cookieFor: (persona: keyof typeof PEOPLE, i: number) => Promise<string>;
};

export async function prepareLoad(base: string, databaseUrl: string, secret: string): Promise<LoadSetup> {
  const manifest = manifestActions();
  const actions = {
    refer: actionId(manifest, REFERRALS, "referAction"),
    receive: actionId(manifest, REFERRALS, "receiveReferralAction"),
    accept: actionId(manifest, REFERRALS, "acceptReferralAction"),
    start: actionId(manifest, REFERRALS, "startReferralAction"),
    complete: actionId(manifest, REFERRALS, "completeReferralAction"),
    reject: actionId(manifest, REFERRALS, "rejectReferralAction"),
    updateSection: actionId(manifest, AGREEMENTS, "updateSectionAction"),
  };
  const cookieFor = (persona: keyof typeof PEOPLE, i: number) => sessionCookie(databaseUrl, PEOPLE[persona][i % PEOPLE[persona].length], secret);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const municipalityCodes = (await db.query(`SELECT code FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code IS NOT NULL ORDER BY code`)).rows.map((r) => r.code as string);
    const roskildeId = (await db.query(`SELECT id FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code = '265'`)).rows[0].id as string;

    // Targets a GP may send a Roskilde citizen to: the clarifying conversation, and those of
    // Roskilde's published offers the referral form's preview accepts (the same checks as sending).
    const gp = new Browser(base, await cookieFor("gp", 0));
    const candidates = (await db.query(`SELECT id FROM "Offer" WHERE status = 'PUBLISHED' AND "ownerId" = $1 ORDER BY id LIMIT 8`, [roskildeId])).rows.map((r) => r.id as string);
    const referralTargets = ["CLARIFYING_CONVERSATION"];
    for (const target of candidates) {
      const preview = await gp.action("/henvisninger/ny", actions.refer, {
        intent: "preview",
        cpr: "010190-1234",
        citizenName: "Forhåndsvisning",
        residenceMunicipalityId: roskildeId,
        target,
        reason: "Kontrol af målet",
        consentBasis: "ORAL_CONSENT",
        consentNoted: "on",
      });
      if (preview.state === "preview") referralTargets.push(target);
    }

    // The draft the coordinators edit: an amendment of the seeded agreement (started once, reused).
    const draft = async () =>
      (await db.query(`SELECT id FROM "AgreementVersion" WHERE "agreementId" = $1 AND status = 'DRAFT' ORDER BY number DESC LIMIT 1`, [SEEDED_AGREEMENT])).rows[0]?.id as string | undefined;
    if (!(await draft())) {
      const inForce = (await db.query(`SELECT id FROM "AgreementVersion" WHERE "agreementId" = $1 AND status = 'IN_FORCE'`, [SEEDED_AGREEMENT])).rows[0]?.id as string;
      const coordinator = new Browser(base, await cookieFor("coordinator", 0));
      const started = await coordinator.action(`/aftaler-redigering/${inForce}`, actionId(manifest, AGREEMENTS, "startAmendmentAction"), { versionId: inForce, label: "Belastningstest", inForceFrom: "" });
      if (started.outcome !== "ok") throw new Error(`could not start the draft amendment: ${started.why ?? started.state}`);
    }
    const draftVersionId = (await draft())!;
    const sections = (
      await db.query(`SELECT id, kind, number, title, body, layer, area FROM "Section" WHERE "versionId" = $1 ORDER BY position, number LIMIT ${SECTIONS}`, [draftVersionId])
    ).rows as Section[];

    // The committee's forums: those of Region Syddanmark (the chair's region) both committee users can open.
    const forumIds: string[] = [];
    const chair = new Browser(base, await cookieFor("committee", 0));
    const member = new Browser(base, await cookieFor("committee", 1));
    const forums = (await db.query(`SELECT f.id FROM "Forum" f JOIN "Organisation" r ON r.id = f."regionId" WHERE r.name = 'Region Syddanmark' ORDER BY f.id`)).rows.map((r) => r.id as string);
    for (const id of forums) {
      if ((await chair.get(`/fora/${id}`)).status === 200 && (await member.get(`/fora/${id}`)).status === 200) forumIds.push(id);
    }
    if (forumIds.length === 0) throw new Error("no forum the committee users can open");
    if (sections.length === 0) throw new Error("the draft amendment has no sections");
    return { base, databaseUrl, today: danishDate(new Date()), actions, municipalityCodes, roskildeId, referralTargets, draftVersionId, sections, forumIds, cookieFor };
  } finally {
    await db.end();
  }
}
