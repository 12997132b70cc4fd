/**
 * The resource kinds of the matrix: how to load a few target rows of each from the database, and —
 * from the rules in lib/rules, not by hand — whether an actor may read each row and whether it may
 * change it at all. "change" is the weakest precondition every change rule of the kind shares
 * (e.g. "is a party coordinator" for an agreement version): when it is denied, every change action
 * of the kind must refuse, so the matrix attacks with every action of the kind.
 */
import type pg from "pg";
import type { Actor } from "@/lib/rules/actor";
import { isPartyCoordinator, isRegionCoordinator, canReadVersion, type VersionFacts } from "@/lib/rules/agreements";
import { availableTransitions, canViewReferral, canViewAccessLog } from "@/lib/rules/referrals";
import { canChangeOffer, canManagePartnerArrangements, canViewOffer } from "@/lib/rules/offers";
import {
  canCommentOnInitiative,
  canEditInitiatives,
  canManageForum,
  canReadForum,
  canRecordFinalDecision,
  forumRelation,
  type ForumNode,
  type ForumSeat,
} from "@/lib/rules/forums";
import { canManageMemberships, canManageUsers, canRevokeMembership, canViewAuditTrail, canViewUser } from "@/lib/rules/users";
import { availableAdverseEventSteps, canViewAdverseEvent } from "@/lib/rules/adverse-events";
import { availableTaskTransferSteps, canEditDialoguePart, canOpenTaskTransfer, canPlanMilestone, canViewTaskTransfer } from "@/lib/rules/task-transfers";
import { canReportAdverseEvent } from "@/lib/rules/adverse-events";
import { canDecideAidProposal, canEditAids, canProposeAidChange, canReadAids, canSetAidsPublic, type AidsRelation } from "@/lib/rules/aids";
import { isAdmin } from "@/lib/rules/actor";
import type { Kind, Target } from "../catalogue/types";

/** A row with what the rules need (`facts`) and the strings that must never reach a refused actor (`secrets`). */
export type Row = Target & { facts: Record<string, unknown>; secrets: string[] };

export type World = { forums: Map<string, ForumNode>; seats: (actor: Actor | null) => ForumSeat[] };

export type KindSpec = {
  /** The rows to attack: a handful, spread over owners. */
  load: (db: pg.Client) => Promise<Row[]>;
  /** The table of the row (for the before/after snapshot); none for page-only kinds. */
  table?: string;
  read: (actor: Actor | null, row: Row, world: World) => boolean;
  change: (actor: Actor | null, row: Row, world: World) => boolean;
};

const q = async (db: pg.Client, sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as Record<string, unknown>[];
const long = (...values: unknown[]) => values.filter((v): v is string => typeof v === "string" && v.trim().length >= 8);

// ─────────────────────────────── agreements ───────────────────────────────

const VERSION_FACTS = `
  SELECT v.id AS "versionId", v.status, a."regionId", a.id AS "agreementId", v.number,
    ARRAY(SELECT p."organisationId" FROM "AgreementParty" p WHERE p."versionId" = v.id) AS "partyOrganisationIds",
    ARRAY(SELECT pa."organisationId" FROM "PartyApproval" pa WHERE pa."versionId" = v.id) AS "approvedOrganisationIds"
  FROM "AgreementVersion" v JOIN "Agreement" a ON a.id = v."agreementId"`;

const versionFacts = (row: Row) => row.facts as unknown as VersionFacts;
const readVersion = (actor: Actor | null, row: Row) => canReadVersion(actor, versionFacts(row)).allowed;
const changeVersion = (actor: Actor | null, row: Row) => isPartyCoordinator(actor, versionFacts(row)) || isRegionCoordinator(actor, versionFacts(row).regionId);

/** Rows of an agreement child table joined to its version's facts: drafts first (their content is not public). */
function versionChild(table: string, join: string, columns: string, secrets: (r: Record<string, unknown>) => string[]): KindSpec {
  return {
    table,
    load: async (db) =>
      (
        await q(
          db,
          `SELECT DISTINCT ON (vf.status) t.*, vf.status AS "versionStatus", vf."regionId", vf."agreementId", vf."partyOrganisationIds", vf."approvedOrganisationIds", ${columns} FROM "${table}" t ${join} JOIN (${VERSION_FACTS}) vf ON vf."versionId" = x."versionId"
           ORDER BY vf.status, t.id LIMIT 3`,
        )
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: { ...r, status: r.versionStatus }, secrets: readVersionSecrets({ ...r, status: r.versionStatus }, secrets) })),
    read: readVersion,
    change: changeVersion,
  };
}
const readVersionSecrets = (r: Record<string, unknown>, secrets: (r: Record<string, unknown>) => string[]) => (["DRAFT", "CONSULTATION"].includes(String(r.status)) ? secrets(r) : []);

// ─────────────────────────────── forums ───────────────────────────────

function forumRel(actor: Actor | null, forumId: unknown, world: World) {
  return forumRelation(actor, world.seats(actor), String(forumId), world.forums);
}
const readForum = (actor: Actor | null, row: Row, world: World) => canReadForum(forumRel(actor, row.facts.forumId, world)).allowed;
/** Every change rule of a forum and what hangs under it: manage, edit initiatives, final decisions, comment. */
const changeForum = (actor: Actor | null, row: Row, world: World) => {
  const rel = forumRel(actor, row.facts.forumId, world);
  return [canManageForum, canEditInitiatives, canRecordFinalDecision, canCommentOnInitiative].some((rule) => rule(rel).allowed);
};
/** Rows under forums: one per forum, private forums first (their content is not public). */
function forumChild(table: string, forumIdSql: string, from: string, secrets: (r: Record<string, unknown>) => string[]): KindSpec {
  return {
    table,
    load: async (db) =>
      (
        await q(
          db,
          `SELECT DISTINCT ON (f."isPublic", f."regionId") t.*, f.id AS "forumId", f."isPublic" AS "forumIsPublic", f.name AS "forumName"
           FROM ${from} JOIN "Forum" f ON f.id = ${forumIdSql} ORDER BY f."isPublic", f."regionId", t.id LIMIT 4`,
        )
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: r.forumIsPublic ? [] : secrets(r) })),
    read: readForum,
    change: changeForum,
  };
}

// ─────────────────────────────── issue 14: who opens a case for an organisation ───────────────────────────────

/**
 * Organisations that can open a case (region, municipality, hospital), one per kind — those with risk
 * managers first — each with a counterpart of another sector in its region (the other party a forged
 * report or transfer names, so that the forged organisation is what the rules judge).
 */
const openingOrganisations = async (db: pg.Client) =>
  (
    await q(
      db,
      `SELECT DISTINCT ON (o.kind) o.id, o.version, o.kind, o."regionId", c.id AS "counterpartId", c.kind AS "counterpartKind"
         FROM "Organisation" o
         JOIN LATERAL (SELECT x.id, x.kind FROM "Organisation" x
                        WHERE x.kind IN ('REGION', 'MUNICIPALITY', 'HOSPITAL') AND x.kind <> o.kind AND coalesce(x."regionId", x.id) = coalesce(o."regionId", o.id)
                        ORDER BY x.kind, x.id LIMIT 1) c ON true
        WHERE o.kind IN ('REGION', 'MUNICIPALITY', 'HOSPITAL')
        ORDER BY o.kind, EXISTS (SELECT 1 FROM "Membership" m WHERE m."organisationId" = o.id AND m.role = 'RISK_MANAGER') DESC, o.id`,
    )
  ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: [] as string[] }));

// ─────────────────────────────── issue 14: the aids catalogue ───────────────────────────────

/** A catalogue's facts for lib/rules/aids.ts: its region, whether it is public, the aids council's current seats and a meeting of it. */
const AID_FACTS = `
  SELECT c.id AS "factsCatalogueId", c."regionId", c."isPublic",
    coalesce((SELECT json_agg(json_build_object('userId', m."userId", 'position', m.position)) FROM "ForumMember" m JOIN "Forum" f ON f.id = m."forumId"
               WHERE f.kind = 'AIDS_COUNCIL' AND f."regionId" = c."regionId" AND m."userId" IS NOT NULL AND m."periodFrom" <= now() AND (m."periodTo" IS NULL OR m."periodTo" >= now())), '[]'::json) AS "councilSeats",
    (SELECT mt.id FROM "Meeting" mt JOIN "Forum" f ON f.id = mt."forumId" WHERE f.kind = 'AIDS_COUNCIL' AND f."regionId" = c."regionId" AND mt.status <> 'CANCELLED' ORDER BY mt."startsAt" DESC LIMIT 1) AS "councilMeetingId"
  FROM "AidCatalogue" c`;

/** How the actor stands to the row's catalogue — as lib/domain/aids/scope.ts aidsRelation computes it. */
function aidsRel(actor: Actor | null, row: Row): AidsRelation {
  const seats = (row.facts.councilSeats as { userId: string; position: string }[]) ?? [];
  return {
    signedIn: !!actor,
    admin: isAdmin(actor),
    isPublic: row.facts.isPublic === true,
    regionMemberships: actor ? actor.memberships.filter((m) => m.regionId === row.facts.regionId).map((m) => ({ kind: m.organisationKind, role: m.role })) : [],
    councilPositions: actor ? (seats.filter((x) => x.userId === actor.userId).map((x) => x.position) as AidsRelation["councilPositions"]) : [],
  };
}

function aidsKind(table: string, from: string, secrets: (r: Record<string, unknown>) => string[], change: (rel: AidsRelation) => boolean): KindSpec {
  return {
    table,
    load: async (db) =>
      (await q(db, `SELECT t.*, af.* FROM ${from} JOIN (${AID_FACTS}) af ON af."factsCatalogueId" = t."catalogueId" ORDER BY t.id LIMIT 3`)).map((r) => ({
        id: String(r.id),
        version: r.version as number,
        ...r,
        facts: r,
        secrets: r.isPublic ? [] : secrets(r),
      })),
    read: (actor, row) => canReadAids(aidsRel(actor, row)).allowed,
    change: (actor, row) => change(aidsRel(actor, row)),
  };
}

// ─────────────────────────────── the kinds ───────────────────────────────

export const KINDS: Record<Kind, KindSpec> = {
  referral: {
    table: "Referral",
    load: async (db) =>
      (
        await q(
          db,
          `SELECT DISTINCT ON (r."referringOrganisationId", r."receivingMunicipalityId") r.*,
             ARRAY(SELECT e."actorOrganisationId" FROM "ReferralEvent" e WHERE e."referralId" = r.id AND e.type = 'REASSIGNED') AS "previousReceiverIds"
           FROM "Referral" r ORDER BY r."referringOrganisationId", r."receivingMunicipalityId", r.id LIMIT 6`,
        )
      ).map((r) => ({
        id: String(r.id),
        version: r.version as number,
        ...r,
        facts: r,
        secrets: [String(r.citizenName), String(r.citizenCpr), String(r.citizenCpr).replace("-", ""), ...long(r.reason, r.relevantInformation)],
      })),
    read: (actor, row) => canViewReferral(actor, row.facts as never).allowed,
    change: (actor, row) => availableTransitions(actor, row.facts as never).length > 0,
  },
  offer: {
    table: "Offer",
    load: async (db) =>
      (
        await q(db, `SELECT DISTINCT ON (o.status, o."ownerId") o.*, org.kind AS "ownerKind" FROM "Offer" o JOIN "Organisation" org ON org.id = o."ownerId" ORDER BY o.status, o."ownerId", o.id LIMIT 8`)
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: r.status === "PUBLISHED" ? [] : long(r.title, r.summary) })),
    read: (actor, row) => canViewOffer(actor, row.facts as never).allowed,
    change: (actor, row) => canChangeOffer(actor, row.facts as never).allowed,
  },
  partnerArrangement: {
    table: "PartnerArrangement",
    load: async (db) =>
      (
        await q(db, `SELECT DISTINCT ON (o."ownerId") p.*, o."ownerId", o.status, org.kind AS "ownerKind" FROM "PartnerArrangement" p JOIN "Offer" o ON o.id = p."offerId" JOIN "Organisation" org ON org.id = o."ownerId" ORDER BY o."ownerId", p.id LIMIT 4`)
      ).map((r) => ({ id: String(r.id), ...r, facts: r, secrets: [] })),
    read: (actor, row) => canViewOffer(actor, row.facts as never).allowed,
    change: (actor, row) => canManagePartnerArrangements(actor, row.facts as never).allowed,
  },
  agreementVersion: {
    table: "AgreementVersion",
    load: async (db) =>
      (await q(db, `SELECT DISTINCT ON (vf.status, vf."regionId") v.*, vf.* FROM "AgreementVersion" v JOIN (${VERSION_FACTS}) vf ON vf."versionId" = v.id ORDER BY vf.status, vf."regionId", v.id LIMIT 8`)).map((r) => ({
        id: String(r.id),
        version: r.version as number,
        ...r,
        facts: r,
        secrets: readVersionSecrets(r, (x) => long(x.summary)),
      })),
    read: readVersion,
    change: changeVersion,
  },
  // A draft's section copied from a published version (an amendment starts as a copy) has a title anybody
  // can read already — in the published version, and in the workspace's own labels ("Organisering"):
  // only a title no public version has is the draft's secret.
  section: versionChild(
    "Section",
    `JOIN (SELECT id AS "sid", "versionId" FROM "Section") x ON x.sid = t.id`,
    `t."versionId" AS "versionId", EXISTS (SELECT 1 FROM "Section" s2 JOIN "AgreementVersion" v2 ON v2.id = s2."versionId" WHERE s2.title = t.title AND v2.status NOT IN ('DRAFT', 'CONSULTATION')) AS "titleIsPublic"`,
    (r) => (r.titleIsPublic ? [] : long(r.title)),
  ),
  obligation: versionChild("Obligation", `JOIN (SELECT s.id AS "sectionId2", s."versionId" FROM "Section" s) x ON x."sectionId2" = t."sectionId"`, `x."versionId" AS "versionId"`, (r) => long(r.action)),
  goal: versionChild("Goal", `JOIN (SELECT id AS "gid", "versionId" FROM "Goal") x ON x.gid = t.id`, `t."versionId" AS "versionId"`, (r) => long(r.statement)),
  indicator: versionChild("Indicator", `JOIN (SELECT g.id AS "goalId2", g."versionId" FROM "Goal" g) x ON x."goalId2" = t."goalId"`, `x."versionId" AS "versionId"`, (r) => long(r.name)),
  consultationResponse: versionChild("ConsultationResponse", `JOIN (SELECT id AS "cid", "versionId" FROM "ConsultationResponse") x ON x.cid = t.id`, `t."versionId" AS "versionId"`, (r) => long(r.text)),
  forum: forumChild("Forum", "t.id", `"Forum" t`, (r) => long(r.mandate)),
  forumMember: forumChild("ForumMember", `t."forumId"`, `"ForumMember" t`, () => []),
  meeting: forumChild("Meeting", `t."forumId"`, `"Meeting" t`, (r) => long(r.minutes)),
  agendaItem: forumChild("AgendaItem", "m.\"forumId\"", `"AgendaItem" t JOIN "Meeting" m ON m.id = t."meetingId"`, (r) => long(r.description)),
  initiative: forumChild("Initiative", `t."forumId"`, `"Initiative" t`, (r) => long(r.description)),
  milestone: forumChild("InitiativeMilestone", "i.\"forumId\"", `"InitiativeMilestone" t JOIN "Initiative" i ON i.id = t."initiativeId"`, () => []),
  initiativeImport: {
    table: "InitiativeImport",
    load: async (db) => (await q(db, `SELECT * FROM "InitiativeImport" ORDER BY id LIMIT 3`)).map((r) => ({ id: String(r.id), ...r, facts: r, secrets: long(r.fileName) })),
    // Scoped to the uploader (lib/domain/initiatives/*-import.ts): nobody else reads or changes it.
    read: (actor, row) => !!actor && actor.userId === row.facts.createdById,
    change: (actor, row) => !!actor && actor.userId === row.facts.createdById,
  },
  notification: {
    table: "Notification",
    load: async (db) => (await q(db, `SELECT DISTINCT ON ("userId") * FROM "Notification" ORDER BY "userId", id LIMIT 4`)).map((r) => ({ id: String(r.id), ...r, facts: r, secrets: [] })),
    // One's own notifications only (lib/domain/notifications: scoped by userId).
    read: (actor, row) => !!actor && actor.userId === row.facts.userId,
    change: (actor, row) => !!actor && actor.userId === row.facts.userId,
  },
  user: {
    table: "User",
    load: async (db) =>
      (
        await q(db, `SELECT u.id, u.version, u.email, u.name, ARRAY(SELECT m."organisationId" FROM "Membership" m WHERE m."userId" = u.id) AS "organisationIds" FROM "User" u ORDER BY u.email LIMIT 6`)
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: [String(r.email)] })),
    read: (actor, row) => canViewUser(actor, row.facts as never).allowed,
    change: (actor) => canManageUsers(actor).allowed,
  },
  membership: {
    table: "Membership",
    load: async (db) =>
      (
        await q(db, `SELECT DISTINCT ON (o.kind) m.*, o.kind, u.email FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId" JOIN "User" u ON u.id = m."userId" ORDER BY o.kind, m.id LIMIT 6`)
      ).map((r) => ({ id: String(r.id), ...r, facts: r, secrets: [String(r.email)] })),
    read: (actor, row) => canManageMemberships(actor, { id: String(row.facts.organisationId), kind: row.facts.kind as never }).allowed,
    change: (actor, row) =>
      canRevokeMembership(actor, { id: String(row.facts.organisationId), kind: row.facts.kind as never }, { userId: String(row.facts.userId), role: row.facts.role as never }).allowed,
  },
  organisation: {
    table: "Organisation",
    load: async (db) =>
      (
        await q(db, `SELECT DISTINCT ON (o.kind) o.*, (SELECT u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organisationId" = o.id ORDER BY u.email LIMIT 1) AS "memberEmail" FROM "Organisation" o ORDER BY o.kind, o.id LIMIT 6`)
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: long(r.memberEmail) })),
    read: (actor, row) => canManageMemberships(actor, { id: String(row.id), kind: row.facts.kind as never }).allowed,
    change: (actor, row) => canManageMemberships(actor, { id: String(row.id), kind: row.facts.kind as never }).allowed,
  },
  auditTrail: {
    load: async () => [{ id: "audit-trail", facts: {}, secrets: [] }],
    read: (actor) => canViewAuditTrail(actor).allowed,
    change: () => false,
  },
  accessLog: {
    load: async () => [{ id: "access-log", facts: {}, secrets: [] }],
    read: (actor) => canViewAccessLog(actor).allowed,
    change: () => false,
  },
  // Issue 14: the parties' risk managers only; every step needs one (the handler for analyse/close).
  adverseEvent: {
    table: "AdverseEvent",
    load: async (db) =>
      (
        await q(db, `SELECT e.*, ARRAY(SELECT p."organisationId" FROM "AdverseEventParty" p WHERE p."eventId" = e.id) AS "partyIds" FROM "AdverseEvent" e ORDER BY e.status, e.id LIMIT 6`)
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: [String(r.dpsdReference), ...long(r.description, r.analysis, r.actionPlan)] })),
    read: (actor, row) => canViewAdverseEvent(actor, row.facts as never).allowed,
    change: (actor, row) => availableAdverseEventSteps(actor, row.facts as never).length > 0,
  },
  // Issue 14: the parties (any member reads; coordinators edit their part, and plan, complete and evaluate an
  // agreed transfer — canPlanMilestone is the weakest of those three) and the responsible forum (decides).
  taskTransfer: {
    table: "TaskTransfer",
    load: async (db) =>
      (
        await q(db, `SELECT t.*, ARRAY(SELECT fm."userId" FROM "ForumMember" fm WHERE fm."forumId" = t."forumId" AND fm."userId" IS NOT NULL) AS "forumUserIds" FROM "TaskTransfer" t ORDER BY t.status, t.id LIMIT 6`)
      ).map((r) => ({ id: String(r.id), version: r.version as number, ...r, facts: r, secrets: long(r.economyTransferring, r.economyReceiving, r.risks) })),
    read: (actor, row) => canViewTaskTransfer(actor, row.facts as never, { responsibleForumMember: !!actor && (row.facts.forumUserIds as string[]).includes(actor.userId) }).allowed,
    change: (actor, row) =>
      canEditDialoguePart(actor, row.facts as never, "transferring").allowed ||
      canEditDialoguePart(actor, row.facts as never, "receiving").allowed ||
      canPlanMilestone(actor, row.facts as never).allowed ||
      availableTaskTransferSteps(actor, row.facts as never, { responsibleForumMember: !!actor && (row.facts.forumUserIds as string[]).includes(actor.userId) }).length > 0,
  },
  // Issue 14: reporting an adverse event for an organisation — its risk managers only (canReportAdverseEvent).
  riskOrganisation: {
    table: "Organisation",
    load: openingOrganisations,
    read: (actor, row) => canReportAdverseEvent(actor, row.id).allowed,
    change: (actor, row) => canReportAdverseEvent(actor, row.id).allowed,
  },
  // Issue 14: opening a task transfer from an organisation to its counterpart — a coordinator of either (canOpenTaskTransfer).
  transferOrganisation: {
    table: "Organisation",
    load: openingOrganisations,
    read: () => true,
    change: (actor, row) => canOpenTaskTransfer(actor, { id: row.id, kind: row.facts.kind as never }, { id: String(row.facts.counterpartId), kind: row.facts.counterpartKind as never }).allowed,
  },
  // Issue 14: the aids catalogue. Its change actions (create, propose, make public): the weakest is proposing (reading, signed in).
  aidCatalogue: {
    ...aidsKind("AidCatalogue", `(SELECT x.*, x.id AS "catalogueId" FROM "AidCatalogue" x) t`, () => [], (rel) => [canProposeAidChange, canEditAids, canSetAidsPublic].some((rule) => rule(rel).allowed)),
  },
  aidItem: aidsKind("AidItem", `"AidItem" t`, (r) => long(r.description, r.notes), (rel) => canEditAids(rel).allowed),
  aidProposal: aidsKind("AidProposal", `"AidProposal" t`, (r) => long(r.justification), (rel) => canDecideAidProposal(rel).allowed),
};

/** The forum tree and each actor's current seats: what forumRelation needs. */
export async function loadWorld(db: pg.Client): Promise<World> {
  const forums = new Map<string, ForumNode>();
  for (const f of await q(db, `SELECT id, "parentId", "regionId", "isPublic", "secretariatOrganisationId" FROM "Forum"`)) forums.set(String(f.id), f as unknown as ForumNode);
  const seats = await q(db, `SELECT "userId", "forumId", position FROM "ForumMember" WHERE "userId" IS NOT NULL AND "periodFrom" <= now() AND ("periodTo" IS NULL OR "periodTo" >= now())`);
  return {
    forums,
    seats: (actor) => (actor ? seats.filter((s) => s.userId === actor.userId).map((s) => ({ forumId: String(s.forumId), position: s.position as never })) : []),
  };
}
