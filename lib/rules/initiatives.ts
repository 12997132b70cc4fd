/**
 * Initiatives (indsatser) and their decision for the next period — Videreføres (continue) or
 * Afvikles (wind down), proposed or final. Pure functions: who may record which stage, the
 * decision words committees write, and the consistency warnings of the status board.
 *
 * In words:
 * - Anyone who edits a forum's initiatives (lib/rules/forums.ts canEditInitiatives) proposes.
 * - Only the forum's chair or secretary record a FINAL decision (canRecordFinalDecision).
 * - A decision needs a justification; decisions are never deleted, only superseded.
 * - The board warns about a decision without justification, a justification that says the opposite
 *   of its decision ("Videreføres" with "videreføres ikke"), and initiatives without an update for
 *   six months.
 */
import type { DecisionStage, InitiativeDecisionKind } from "@/lib/generated/prisma/enums";
import type { Decision } from "./decision";
import { canEditInitiatives, canRecordFinalDecision, type ForumRelation } from "./forums";

/** Recording a decision of a stage for a forum the actor stands in `rel` to. */
export function canRecordDecision(rel: ForumRelation, stage: DecisionStage): Decision {
  return stage === "FINAL" ? canRecordFinalDecision(rel) : canEditInitiatives(rel);
}

// ───────────────────────────────────── Decision words ─────────────────────────────────────

// Plain toLowerCase: Danish has no special casing rules (æ/ø/å lower-case the same everywhere), and
// the locale-aware variant costs measurably on a board of 5,000 initiatives.
const normalise = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** The words status tables use for each decision, Danish first (forms of the verb) then English. */
const CONTINUE_WORDS = ["videreføres", "videreføre", "videreført", "fortsættes", "fortsætter", "continue", "continued", "continues"];
const WIND_DOWN_WORDS = ["afvikles", "afvikle", "afviklet", "afvikling", "ophører", "stoppes", "wind-down", "discontinue", "discontinued"];
const WIND_DOWN_PHRASES = ["wind down", "wound down"];

/**
 * The decision a cell or word names, or null. Accepts the word alone or followed by punctuation and
 * text ("Videreføres.", "Afvikles – indsatsen er i drift"); only the first word counts.
 */
export function parseDecisionWord(text: string): InitiativeDecisionKind | null {
  const value = normalise(text);
  if (WIND_DOWN_PHRASES.some((p) => value.startsWith(p) && !/^[\p{L}\p{N}]/u.test(value.slice(p.length)))) return "WIND_DOWN";
  const first = value.match(/^[\p{L}-]+/u)?.[0] ?? "";
  if (CONTINUE_WORDS.includes(first)) return "CONTINUE";
  if (WIND_DOWN_WORDS.includes(first)) return "WIND_DOWN";
  return null;
}

/**
 * Splits a justification cell that starts with its decision ("Videreføres. Fordi …") into the
 * decision and the rest. The word is cut off only when punctuation or a line break follows it (or
 * nothing): in "Videreføres ikke, da …" or "Afvikles som projekt …" the words after it belong to the
 * sentence, so the whole cell stays the justification (and the board can see the contradiction).
 * A cell that does not start with a decision word gives `decision: null` and the whole text.
 */
export function splitDecisionFromJustification(cell: string): { decision: InitiativeDecisionKind | null; justification: string } {
  const text = cell.normalize("NFC").trim();
  const decision = parseDecisionWord(text);
  if (!decision) return { decision: null, justification: text };
  const lower = text.toLowerCase();
  const opening = WIND_DOWN_PHRASES.find((p) => lower.startsWith(p));
  const wordLength = opening ? opening.length : (text.match(/^[\p{L}-]+/u)?.[0].length ?? 0);
  const after = text.slice(wordLength);
  if (after.trim() === "") return { decision, justification: "" };
  // ". ", ": ", " – ", ", ", "!" or a line break ends the decision; a plain space continues the sentence.
  const separator = after.match(/^(?:[ \t]*[.:;,!–—-]+|[ \t]*\r?\n)[\s.:;,!–—-]*/u);
  if (!separator) return { decision, justification: text };
  return { decision, justification: after.slice(separator[0].length).trim() };
}

/** A justification as a status-table cell: the decision word first, unless the text already opens with it. */
export function justificationCell(decision: InitiativeDecisionKind | null, justification: string): string {
  if (!decision) return justification;
  if (parseDecisionWord(justification) === decision) return justification;
  return justification ? `${DECISION_WORD[decision]}. ${justification}` : DECISION_WORD[decision];
}

/** The word a status table writes for a decision (export, and the board). */
export const DECISION_WORD: Record<InitiativeDecisionKind, string> = { CONTINUE: "Videreføres", WIND_DOWN: "Afvikles" };

// ───────────────────────────────────── Consistency ─────────────────────────────────────

// JavaScript's \b only knows ASCII letters ("ø" would end a word), so words are delimited by
// Unicode letter lookarounds instead.
const phrase = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, "u");

const NEGATED_CONTINUE = [
  phrase("videreføres\\s+ikke"),
  phrase("ikke\\s+(?:skal\\s+|bør\\s+|at\\s+)?videreføres?"),
  phrase("fortsættes\\s+ikke"),
  phrase("ikke\\s+(?:skal\\s+|bør\\s+)?fortsættes"),
  phrase("not\\s+(?:be\\s+)?continued?"),
];
const NEGATED_WIND_DOWN = [
  phrase("afvikles\\s+ikke"),
  phrase("ikke\\s+(?:skal\\s+|bør\\s+|at\\s+)?afvikles?"),
  phrase("not\\s+(?:be\\s+)?(?:wound|wind)\\s+down"),
];

/**
 * Whether a justification says the opposite of its decision: it negates the decision's own verb
 * ("Videreføres" with "videreføres ikke", "Afvikles" with "skal ikke afvikles") or opens with the
 * other decision's word. Mentioning the other verb elsewhere is normal ("afvikles som projekt og
 * videreføres i drift") and is not flagged.
 */
export function justificationContradicts(decision: InitiativeDecisionKind, justification: string): boolean {
  const text = normalise(justification);
  if (!text) return false;
  const opening = parseDecisionWord(text);
  if (opening && opening !== decision) return true;
  if (!text.includes("ikke") && !text.includes("not")) return false; // every negation below has one of them
  return (decision === "CONTINUE" ? NEGATED_CONTINUE : NEGATED_WIND_DOWN).some((pattern) => pattern.test(text));
}

export type ConsistencyWarning = "missingJustification" | "contradiction";

/** The consistency warnings of one current decision (none when there is no decision). */
export function decisionWarnings(current: { decision: InitiativeDecisionKind; justification: string } | null): ConsistencyWarning[] {
  if (!current) return [];
  const rest = splitDecisionFromJustification(current.justification);
  // "Videreføres." alone is no justification either.
  if (!current.justification.trim() || (rest.decision && !rest.justification)) return ["missingJustification"];
  return justificationContradicts(current.decision, current.justification) ? ["contradiction"] : [];
}

/** Six months without a change to the initiative or its decisions: the board lists it as not updated. */
export const STALE_AFTER_MONTHS = 6;

export function staleBefore(now: Date, months = STALE_AFTER_MONTHS): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export function isStale(lastUpdatedAt: Date, now: Date, months = STALE_AFTER_MONTHS): boolean {
  return lastUpdatedAt < staleBefore(now, months);
}

// ─────────────────────────────── Where an import's heavy step runs ───────────────────────────────

/**
 * Files up to this size are read into a preview during the upload request; larger ones go to the
 * job queue (docs/decisions/033-import-jobs.md). A committee's sheet is tens of rows and tens of kB
 * (well under a second inline); the 5,000-row benchmark sheet is 4.5 MB (about 900 bytes a row), so
 * the line falls near 250 rows.
 */
export const IMPORT_INLINE_MAX_BYTES = 256 * 1024;
/** Confirmations writing up to this many initiatives run in the request; more go to the job queue. */
export const IMPORT_INLINE_MAX_WRITES = 250;

export type ImportWork = { step: "preview"; bytes: number } | { step: "confirm"; writes: number };

/**
 * Whether an import's preview or confirmation runs in the job queue, with why. Only while a worker
 * runs: without one (the embedded database, JOBS_WORKER=0 with no worker apart) every import runs in
 * the request as before — within the limits of decision 014 a maximal one takes seconds.
 */
export function importRunsInQueue(work: ImportWork, workerRunning: boolean): { queue: boolean; reason: string } {
  const large = work.step === "preview" ? work.bytes > IMPORT_INLINE_MAX_BYTES : work.writes > IMPORT_INLINE_MAX_WRITES;
  if (!large) return { queue: false, reason: "initiatives.import.run.small" };
  if (!workerRunning) return { queue: false, reason: "initiatives.import.run.noWorker" };
  return { queue: true, reason: "initiatives.import.run.large" };
}
