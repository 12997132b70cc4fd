/**
 * What must hold in the database after the load (and after a restart in the middle of it), checked
 * in SQL against a baseline taken before:
 *
 * 1. every referral's status is its last event's `toStatus` (over the whole table: the generated
 *    national referrals and the load's);
 * 2. every change has exactly one audit row: per referral and kind of change, the events added
 *    during the load (users' steps, and the deadline job's OVERDUE marks) equal the matching
 *    `referral.*` audit rows added; per section, the saves equal its `section.update` rows;
 * 3. no lost update: a section's version rose by exactly the saves users were told succeeded (a save
 *    whose answer never arrived — a restart — may or may not have committed, and is allowed either
 *    way), each new version has its revision row, and no two saves from the same version both won;
 *    likewise the referral changes the database holds are the ones users were told about.
 */
import pg from "pg";
import type { Changes } from "./mix";
import type { Section } from "./setup";

export type Baseline = { auditId: string; since: string; sectionVersions: Record<string, number> };

export type Check = { name: string; ok: boolean; detail: string };

export async function takeBaseline(databaseUrl: string, sections: Section[]): Promise<Baseline> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const row = (await db.query(`SELECT coalesce(max(id), 0)::text AS audit, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS since FROM "AuditEvent"`)).rows[0];
    const versions = (await db.query(`SELECT id, version FROM "Section" WHERE id = ANY($1)`, [sections.map((s) => s.id)])).rows;
    return { auditId: row.audit, since: row.since, sectionVersions: Object.fromEntries(versions.map((r) => [r.id, r.version])) };
  } finally {
    await db.end();
  }
}

export async function checkInvariants(databaseUrl: string, baseline: Baseline, changes: Changes): Promise<Check[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  try {
    const statuses = (
      await db.query(`SELECT count(*)::int AS referrals,
                             count(*) FILTER (WHERE last."toStatus" IS DISTINCT FROM r.status)::int AS mismatched
                      FROM "Referral" r
                      LEFT JOIN LATERAL (SELECT e."toStatus" FROM "ReferralEvent" e WHERE e."referralId" = r.id ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 1) last ON true`)
    ).rows[0];
    check("referral status = its last event's", statuses.mismatched === 0, `${statuses.mismatched} of ${statuses.referrals} referrals differ`);

    // Per referral and kind of change: the events added and their audit rows (a user's step, or the
    // deadline job's OVERDUE mark, which runs during the load too). Reminders are audited without an event.
    const perReferral = (
      await db.query(
        `WITH events AS (SELECT "referralId" AS id, CASE type WHEN 'SENT' THEN 'referral.create' WHEN 'RECEIVED' THEN 'referral.receive' WHEN 'ACCEPTED' THEN 'referral.accept'
                                   WHEN 'REJECTED' THEN 'referral.reject' WHEN 'REASSIGNED' THEN 'referral.reassign' WHEN 'STARTED' THEN 'referral.start'
                                   WHEN 'COMPLETED' THEN 'referral.complete' WHEN 'DROPPED_OUT' THEN 'referral.dropOut' WHEN 'CANCELLED' THEN 'referral.cancel'
                                   WHEN 'OVERDUE' THEN 'referral.overdue' ELSE type::text END AS action, count(*)::int AS n
                           FROM "ReferralEvent" WHERE "occurredAt" >= $1::timestamp GROUP BY 1, 2),
              audits AS (SELECT "entityId" AS id, action, count(*)::int AS n FROM "AuditEvent"
                          WHERE id > $2::bigint AND "entityType" = 'Referral' AND action LIKE 'referral.%' AND action <> 'referral.deadlineReminder' GROUP BY 1, 2)
         SELECT coalesce(sum(e.n), 0)::int AS events, coalesce(sum(a.n), 0)::int AS audits,
                count(*) FILTER (WHERE e.n IS DISTINCT FROM a.n)::int AS mismatched,
                coalesce(sum(e.n) FILTER (WHERE e.action = 'referral.overdue'), 0)::int AS overdue,
                (SELECT count(*)::int FROM "Referral" WHERE "createdAt" >= $1::timestamp) AS created
         FROM events e FULL JOIN audits a ON a.id = e.id AND a.action = e.action`,
        [baseline.since, baseline.auditId],
      )
    ).rows[0];
    check(
      "one audit row per referral change",
      perReferral.mismatched === 0,
      `${perReferral.events} events added (${perReferral.overdue} of them the deadline job's OVERDUE), ${perReferral.audits} matching audit rows added; ${perReferral.mismatched} (referral, change) pairs where they differ`,
    );
    const byUsers = perReferral.events - perReferral.overdue;
    const told = changes.referralsCreated + changes.referralTransitions;
    check(
      "referral changes held = changes users were told of",
      byUsers >= told && byUsers <= told + changes.unknownReferralWrites,
      `${byUsers} users' changes in the database (${perReferral.created} referrals created); users were told of ${told} (${changes.referralsCreated} sent + ${changes.referralTransitions} steps)` +
        (changes.unknownReferralWrites ? `, ${changes.unknownReferralWrites} more got no answer (may have committed)` : ""),
    );

    const sections = (
      await db.query(
        `SELECT s.id, s.version,
                (SELECT count(*)::int FROM "AuditEvent" a WHERE a.id > $2::bigint AND a."entityType" = 'Section' AND a."entityId" = s.id AND a.action = 'section.update') AS audits,
                (SELECT count(*)::int FROM "SectionRevision" r WHERE r."sectionId" = s.id AND r.revision > ($3::jsonb ->> s.id)::int) AS revisions,
                (SELECT max(revision) FROM "SectionRevision" r WHERE r."sectionId" = s.id) AS "lastRevision"
         FROM "Section" s WHERE s.id = ANY($1)`,
        [Object.keys(baseline.sectionVersions), baseline.auditId, JSON.stringify(baseline.sectionVersions)],
      )
    ).rows as { id: string; version: number; audits: number; revisions: number; lastRevision: number | null }[];
    let lost = 0;
    let unaudited = 0;
    let missingRevisions = 0;
    let rose = 0;
    for (const s of sections) {
      const gained = s.version - baseline.sectionVersions[s.id];
      rose += gained;
      const toldOk = changes.sectionSavesBy[s.id] ?? 0;
      if (gained < toldOk) lost += toldOk - gained;
      if (s.audits !== gained) unaudited++;
      if (s.revisions !== gained || (gained > 0 && s.lastRevision !== s.version)) missingRevisions++;
    }
    check(
      "no lost section update",
      lost === 0 && changes.pairs.twoWinners === 0 && rose <= changes.sectionSaves + changes.unknownSectionWrites,
      `versions rose by ${rose} over ${sections.length} sections; users were told of ${changes.sectionSaves} saves` +
        (changes.unknownSectionWrites ? ` (+${changes.unknownSectionWrites} unanswered)` : "") +
        `; ${lost} saves told ok but missing; paired saves from one version: ${changes.pairs.oneWinner} with one winner, ${changes.pairs.noWinner} with none (a third save came first), ${changes.pairs.twoWinners} with two`,
    );
    check("one audit row per section save", unaudited === 0, `${unaudited} sections whose version rise ≠ their section.update audit rows`);
    check("a revision per section version", missingRevisions === 0, `${missingRevisions} sections whose new versions lack revision rows`);
    return checks;
  } finally {
    await db.end();
  }
}

export function checksTable(checks: Check[]): string {
  return checks.map((c) => `${c.ok ? "PASS" : "FAIL"}  ${c.name}: ${c.detail}`).join("\n");
}
