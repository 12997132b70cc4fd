/**
 * The load test's virtual users (issue 13): a realistic mix of the portal's people on one built
 * app, each a loop of what that person does in a browser, with a session of their own.
 *
 * - anonymous visitors (40 %): the offer lookup for a municipality and a search word, now and then
 *   an offer's page from the results;
 * - GPs (25 %): the lookup signed in, their list "mine henvisninger", and every third round a
 *   referral sent (the form page, then the send — by the referral form's server action);
 * - caseworkers (20 %): the inbox (a view), a referral from it, and the step its page offers
 *   (receive → accept → start → complete; sometimes reject) with the version the page showed. Two
 *   of them on one referral at once: one moves it, the other hears "changed meanwhile" (a conflict);
 * - coordinators (10 %): a section of the draft amendment opened and saved; every fourth round two
 *   coordinators save the same section from the same version at the same moment — exactly one may
 *   win, the other must get the conflict message (never both: that would be a lost update);
 * - committee members (5 %): the forums, a forum's page, the initiatives board.
 *
 * What a user would get is counted per kind of request: latency of each answer (to its last byte),
 * ok / expected (a conflict) / error, and 5xx. The successful changes are counted too, so that the
 * invariants (invariants.ts) can compare what users were told with what the database holds.
 */
import type { Answer } from "./client";
import { Browser, pick, pickAll } from "./client";
import type { LoadSetup } from "./setup";

export type KindStats = { latencies: number[]; ok: number; expected: number; errors: number; status5xx: number; transport: number };

export type Changes = {
  /** Changes users were told succeeded. */
  referralsCreated: number;
  referralTransitions: number;
  sectionSaves: number;
  /** Per section id: saves told successful. */
  sectionSavesBy: Record<string, number>;
  /** Write requests whose outcome the user never learnt (no answer, or a 5xx): they may or may not have committed. */
  unknownReferralWrites: number;
  unknownSectionWrites: number;
  /** The paired saves: both from one version at once — how many pairs had one winner, none, or two (a lost update). */
  pairs: { oneWinner: number; noWinner: number; twoWinners: number };
};

/** `at`: performance.now() when the answer arrived (the fault run lines it up with the outage). */
export type Timeline = { at: number; /** when it was sent (performance.now()) */ sent: number; kind: string; status: number; outcome: Answer["outcome"]; stack: boolean };

export type LoadResult = { seconds: number; requests: number; stats: Record<string, KindStats>; changes: Changes; firstErrors: string[]; timeline: Timeline[] };

export const PERSONAS = ["anonymous", "gp", "caseworker", "coordinator", "committee"] as const;
type Persona = (typeof PERSONAS)[number];

/**
 * The shares (anonymous 40 %, GPs 25 %, caseworkers 20 %, coordinators 10 %, committee 5 %) as a
 * pattern of 20 users, interleaved so that any number of users is a mix too.
 */
const PATTERN: readonly Persona[] = ["anonymous", "gp", "caseworker", "anonymous", "coordinator", "gp", "anonymous", "caseworker", "anonymous", "gp", "committee", "anonymous", "caseworker", "gp", "anonymous", "coordinator", "anonymous", "caseworker", "gp", "anonymous"];

export function personaOf(i: number): Persona {
  return PATTERN[i % PATTERN.length];
}

/** A page or body showing a server error with its stack: the thing a user must never see. */
export function showsStack(body: string): boolean {
  return /\n\s+at [^\n]+:\d+:\d+\)?/.test(body) || /(PrismaClient\w*Error|DriverAdapterError|ECONNREFUSED|node_modules\/)/.test(body);
}

const SEARCH_WORDS = ["rygning", "rygestop", "kol", "diabetes", "hjerte", "motion", "kost", "alkohol", "ryg", "kræft", "angst", "vægt", "søvn", "genoptræning", ""];
const random = <T,>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A CPR number of a valid shape (ddmmyy-ssss, serial digit 0–3: born in the 1900s); no modulus-11 check exists. */
function fakeCpr(): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
  const year = String(30 + Math.floor(Math.random() * 60));
  return `${day}${month}${year}-${Math.floor(Math.random() * 4)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
}

export type LoadOptions = { vus: number; seconds: number; thinkMs: number; log?: (message: string) => void };

export async function runLoad(setup: LoadSetup, options: LoadOptions): Promise<LoadResult> {
  const stats: Record<string, KindStats> = {};
  const changes: Changes = {
    referralsCreated: 0,
    referralTransitions: 0,
    sectionSaves: 0,
    sectionSavesBy: {},
    unknownReferralWrites: 0,
    unknownSectionWrites: 0,
    pairs: { oneWinner: 0, noWinner: 0, twoWinners: 0 },
  };
  const firstErrors: string[] = [];
  const timeline: Timeline[] = [];
  let requests = 0;

  const record = (kind: string, answer: Answer): Answer => {
    const s = (stats[kind] ??= { latencies: [], ok: 0, expected: 0, errors: 0, status5xx: 0, transport: 0 });
    requests++;
    s.latencies.push(answer.ms);
    s[answer.outcome === "error" ? "errors" : answer.outcome]++;
    if (answer.status >= 500) s.status5xx++;
    if (answer.status === 0) s.transport++;
    const stack = answer.status >= 500 && showsStack(answer.body);
    timeline.push({ at: performance.now(), sent: performance.now() - answer.ms, kind, status: answer.status, outcome: answer.outcome, stack });
    if (answer.outcome === "error" && firstErrors.length < 20) firstErrors.push(`${kind}: ${answer.why}${stack ? " — the body shows a stack" : ""}`);
    return answer;
  };
  const unknown = (answer: Answer) => answer.status === 0 || answer.status >= 500;
  const think = () => (options.thinkMs > 0 ? sleep(Math.random() * options.thinkMs) : Promise.resolve());
  const running = () => performance.now() < end;

  const anonymous = async (browser: Browser) => {
    const page = record("anonymous lookup", await browser.get(`/tilbud?q=${encodeURIComponent(random(SEARCH_WORDS))}&kommune=${random(setup.municipalityCodes)}`));
    const offers = pickAll(page.body, /href="\/tilbud\/([A-Za-z0-9_-]{8,})"/g).filter((id) => id !== "daekning");
    if (offers.length > 0 && Math.random() < 0.3) {
      await think();
      record("anonymous offer page", await browser.get(`/tilbud/${random(offers)}`));
    }
  };

  const gp = async (browser: Browser, round: number) => {
    record("GP lookup", await browser.get(`/tilbud?q=${encodeURIComponent(random(SEARCH_WORDS))}&kommune=265`));
    await think();
    record("GP list", await browser.get("/henvisninger"));
    if (round % 3 !== 0) return;
    await think();
    record("GP referral form", await browser.get("/henvisninger/ny"));
    const sent = record(
      "GP send referral",
      await browser.action("/henvisninger/ny", setup.actions.refer, {
        intent: "send",
        cpr: fakeCpr(),
        citizenName: "Belastningstest Borger",
        residenceMunicipalityId: setup.roskildeId,
        target: random(setup.referralTargets),
        reason: "Belastningstest: henvist til forebyggelse.",
        consentBasis: "ORAL_CONSENT",
        consentNoted: "on",
      }),
    );
    if (sent.outcome === "ok") {
      changes.referralsCreated++;
      if (sent.redirect) record("GP referral page", await browser.get(sent.redirect));
    } else if (unknown(sent)) changes.unknownReferralWrites++;
  };

  const INBOX_VIEWS = ["new", "new", "received", "accepted", "inProgress"];
  type Step = "receive" | "accept" | "start" | "complete" | "reject";
  const caseworker = async (browser: Browser) => {
    const view = random(INBOX_VIEWS);
    const inbox = record("caseworker inbox", await browser.get(`/henvisninger?visning=${view}`));
    const ids = pickAll(inbox.body, /href="\/henvisninger\/([A-Za-z0-9_-]{8,})"/g)
      .filter((id) => id !== "statistik")
      .slice(0, 12);
    if (ids.length === 0) return;
    await think();
    const id = random(ids);
    const page = record("caseworker referral page", await browser.get(`/henvisninger/${id}`));
    const version = pick(page.body, /name="version" value="(\d+)"/);
    const offered = pickAll(page.body, /id="transition-(receive|accept|start|complete|reject)"/g) as Step[];
    if (!version || offered.length === 0) return;
    await think();
    // The next step forward, as a caseworker mostly does; a tenth of the received ones are rejected.
    const forward = offered.filter((t) => t !== "reject");
    const step: Step = offered.includes("reject") && Math.random() < 0.1 ? "reject" : (forward[0] ?? offered[0]);
    const fields: Record<string, string> = { referralId: id, version, note: "" };
    if (step === "receive" || step === "start" || step === "complete") fields.happenedOn = setup.today;
    if (step === "reject") fields.reason = "Belastningstest: afvist, borgeren henvises til et andet tilbud.";
    if (step === "complete") Object.assign(fields, { attended: "ja", goal: "Målet er nået.", benefit: "Borgeren har haft udbytte.", followUpNeeded: "nej" });
    const answer = record(`caseworker ${step}`, await browser.action(`/henvisninger/${id}`, setup.actions[step], fields));
    if (answer.outcome === "ok") changes.referralTransitions++;
    else if (unknown(answer)) changes.unknownReferralWrites++;
  };

  const sectionFields = (section: LoadSetup["sections"][number], version: string, author: string) => ({
    sectionId: section.id,
    version,
    kind: section.kind,
    number: section.number,
    title: section.title,
    layer: section.layer,
    area: section.area,
    body: `${section.body}\n\nBelastningstest: gemt af ${author} ${new Date().toISOString()}.`,
  });
  const saved = (sectionId: string, answer: Answer) => {
    if (answer.outcome === "ok") {
      changes.sectionSaves++;
      changes.sectionSavesBy[sectionId] = (changes.sectionSavesBy[sectionId] ?? 0) + 1;
    } else if (unknown(answer)) changes.unknownSectionWrites++;
    return answer.outcome === "ok";
  };
  const coordinator = async (browser: Browser, round: number, partner: Browser) => {
    const section = random(setup.sections);
    const path = `/aftaler-redigering/${setup.draftVersionId}/afsnit/${section.id}`;
    const page = record("coordinator section page", await browser.get(path));
    const version = pick(page.body, /name="version" value="(\d+)"/);
    if (!version) return;
    await think();
    if (round % 4 === 0) {
      // Two coordinators, one version, one moment.
      const [a, b] = await Promise.all([
        browser.action(path, setup.actions.updateSection, sectionFields(section, version, "koordinator A")),
        partner.action(path, setup.actions.updateSection, sectionFields(section, version, "koordinator B")),
      ]);
      const wins = [saved(section.id, record("coordinator save (paired)", a)), saved(section.id, record("coordinator save (paired)", b))].filter(Boolean).length;
      if (!unknown(a) && !unknown(b)) changes.pairs[wins === 1 ? "oneWinner" : wins === 0 ? "noWinner" : "twoWinners"]++;
      return;
    }
    saved(section.id, record("coordinator save", await browser.action(path, setup.actions.updateSection, sectionFields(section, version, "koordinator"))));
  };

  const committee = async (browser: Browser) => {
    record("committee forums", await browser.get("/fora"));
    await think();
    record("committee forum page", await browser.get(`/fora/${random(setup.forumIds)}`));
    await think();
    record("committee initiatives", await browser.get("/initiativer"));
  };

  // Sessions first, one after another: minting one takes a database connection, and 200 at once
  // would exhaust the server's connections (the shared cluster's 100) before the load began.
  const people: { persona: Persona; browser: Browser; partner: Browser }[] = [];
  for (let i = 0; i < options.vus; i++) {
    const persona = personaOf(i);
    const browser = new Browser(setup.base, persona === "anonymous" ? null : await setup.cookieFor(persona, i));
    people.push({ persona, browser, partner: persona === "coordinator" ? new Browser(setup.base, await setup.cookieFor("coordinatorPartner", i)) : browser });
  }
  const started = performance.now();
  const end = started + options.seconds * 1000;

  const user = async (i: number) => {
    const { persona, browser, partner } = people[i];
    await sleep(Math.random() * 1000); // users do not all arrive in the same millisecond
    for (let round = 1; running(); round++) {
      if (persona === "anonymous") await anonymous(browser);
      else if (persona === "gp") await gp(browser, round);
      else if (persona === "caseworker") await caseworker(browser);
      else if (persona === "coordinator") await coordinator(browser, round, partner);
      else await committee(browser);
      await think();
    }
  };

  await Promise.all(Array.from({ length: options.vus }, (_, i) => user(i)));
  return { seconds: (performance.now() - started) / 1000, requests, stats, changes, firstErrors, timeline };
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

/** The table the load test prints: per kind req/s, p50, p99, ok / conflict / error / 5xx. */
export function loadTable(result: LoadResult): string {
  const lines = [`${"kind".padEnd(30)} ${"requests".padStart(8)} ${"req/s".padStart(7)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"ok".padStart(6)} ${"confl.".padStart(6)} ${"errors".padStart(6)} ${"5xx".padStart(5)}`];
  const all: KindStats = { latencies: [], ok: 0, expected: 0, errors: 0, status5xx: 0, transport: 0 };
  for (const [kind, s] of Object.entries(result.stats).sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    lines.push(
      `${kind.padEnd(30)} ${String(sorted.length).padStart(8)} ${(sorted.length / result.seconds).toFixed(1).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(8)} ${percentile(sorted, 99).toFixed(0).padStart(8)} ${String(s.ok).padStart(6)} ${String(s.expected).padStart(6)} ${String(s.errors).padStart(6)} ${String(s.status5xx).padStart(5)}`,
    );
    all.latencies.push(...s.latencies);
    all.ok += s.ok;
    all.expected += s.expected;
    all.errors += s.errors;
    all.status5xx += s.status5xx;
  }
  const sorted = all.latencies.sort((a, b) => a - b);
  lines.push(
    `${"all".padEnd(30)} ${String(sorted.length).padStart(8)} ${(sorted.length / result.seconds).toFixed(1).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(8)} ${percentile(sorted, 99).toFixed(0).padStart(8)} ${String(all.ok).padStart(6)} ${String(all.expected).padStart(6)} ${String(all.errors).padStart(6)} ${String(all.status5xx).padStart(5)}`,
  );
  return lines.join("\n");
}

/** Totals over every kind. */
export function totals(result: LoadResult): { errors: number; status5xx: number; conflicts: number; requests: number } {
  const values = Object.values(result.stats);
  return {
    errors: values.reduce((n, s) => n + s.errors, 0),
    status5xx: values.reduce((n, s) => n + s.status5xx, 0),
    conflicts: values.reduce((n, s) => n + s.expected, 0),
    requests: result.requests,
  };
}
