/**
 * Pure comparison of agreement text and structure, with jsdiff (docs/decisions/008-diff-and-markdown.md).
 *
 * - `diffText`: a word diff of two texts (whitespace and line breaks are tokens, so both sides can
 *   be rebuilt exactly from the parts — Markdown paragraphs matter).
 * - `compareVersionContents`: two versions of one agreement, matched by lineageId (a section and its
 *   copy in an amendment share it). Obligation changes (party, deadline, modality, channel, …) are
 *   reported apart from changes of section text, because they are what the parties must act on.
 *
 * No database and no framework: the domain operations load snapshots and call these.
 */
import { diffWordsWithSpace } from "diff";
import { markdownText } from "@/lib/markdown/render";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Beyond this the diff gives up and shows "all removed, all added" instead of blocking the server. */
const DIFF_TIMEOUT_MS = 1_500;

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [
      ...(before ? [{ kind: "removed" as const, text: before }] : []),
      ...(after ? [{ kind: "added" as const, text: after }] : []),
    ];
  }
  return readable(
    changes.filter((c) => c.value.length > 0).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : ("same" as DiffPart["kind"]), text: c.value })),
  );
}

/**
 * Two section bodies compared as a reader sees them: the rendered text of their Markdown (lib/markdown),
 * so "**frist**" → "frist" is no change and a changed word never shows its `**` or `#`.
 */
export function diffBody(before: string, after: string): DiffPart[] {
  return diffText(markdownText(before), markdownText(after));
}

/** A common stretch this short between two changes is noise ("til", ".", a space): part of the change. */
const isTrivial = (text: string) => text.trim().length <= 3 && !text.includes("\n\n");

/**
 * Makes a word diff readable: a rewritten sentence comes out as one deletion followed by one
 * insertion instead of alternating word by word around the short words both happen to contain.
 * Both sides still rebuild exactly (a folded common stretch goes into both the deletion and the
 * insertion).
 */
function readable(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  let inRun = false;
  const flush = () => {
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    removed = "";
    added = "";
    inRun = false;
  };
  parts.forEach((part, i) => {
    if (part.kind === "removed") {
      removed += part.text;
      inRun = true;
    } else if (part.kind === "added") {
      added += part.text;
      inRun = true;
    } else if (inRun && isTrivial(part.text) && parts[i + 1] && parts[i + 1].kind !== "same") {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

/** Rebuilds one side of a diff (used by tests and by the conflict view). */
export function sideOf(parts: DiffPart[], side: "before" | "after"): string {
  return parts.filter((p) => p.kind === "same" || p.kind === (side === "before" ? "removed" : "added")).map((p) => p.text).join("");
}

export type SectionSnapshot = {
  lineageId: string;
  parentLineageId: string | null;
  kind: string;
  number: string;
  title: string;
  body: string;
  layer: string;
  area: string;
  position: number;
};

export type ObligationSnapshot = {
  lineageId: string;
  sectionLineageId: string;
  sectionNumber: string;
  responsibleParty: string;
  action: string;
  trigger: string;
  deadlineAmount: number | null;
  deadlineUnit: string | null;
  channel: string | null;
  modality: string;
  source: string | null;
  referralMilestone: string | null;
  position: number;
};

export type VersionSnapshot = {
  /** In document order (depth-first). */
  sections: SectionSnapshot[];
  obligations: ObligationSnapshot[];
};

export type SectionField = "number" | "title" | "body" | "kind" | "layer" | "area" | "parent" | "position";
export type ObligationField =
  | "responsibleParty"
  | "deadline"
  | "modality"
  | "channel"
  | "action"
  | "trigger"
  | "source"
  | "referralMilestone"
  | "section";

export type ChangeStatus = "added" | "removed" | "changed";

export type SectionChange = {
  lineageId: string;
  status: ChangeStatus;
  before: SectionSnapshot | null;
  after: SectionSnapshot | null;
  changedFields: SectionField[];
  titleDiff: DiffPart[] | null;
  bodyDiff: DiffPart[] | null;
};

export type ObligationChange = {
  lineageId: string;
  status: ChangeStatus;
  before: ObligationSnapshot | null;
  after: ObligationSnapshot | null;
  changedFields: ObligationField[];
  actionDiff: DiffPart[] | null;
  triggerDiff: DiffPart[] | null;
};

export type VersionComparison = {
  sections: SectionChange[];
  obligations: ObligationChange[];
  counts: {
    sections: Record<ChangeStatus, number>;
    obligations: Record<ChangeStatus, number>;
  };
};

const SECTION_FIELDS: [SectionField, (s: SectionSnapshot) => unknown][] = [
  ["number", (s) => s.number],
  ["title", (s) => s.title],
  ["body", (s) => s.body],
  ["kind", (s) => s.kind],
  ["layer", (s) => s.layer],
  ["area", (s) => s.area],
  ["parent", (s) => s.parentLineageId],
];

/** The fields of an obligation, in the order a reader cares about them: who, by when, how binding, how. */
const OBLIGATION_FIELDS: [ObligationField, (o: ObligationSnapshot) => unknown][] = [
  ["responsibleParty", (o) => o.responsibleParty],
  ["deadline", (o) => `${o.deadlineAmount ?? ""} ${o.deadlineUnit ?? ""}`],
  ["modality", (o) => o.modality],
  ["channel", (o) => o.channel ?? null],
  ["referralMilestone", (o) => o.referralMilestone ?? null],
  ["action", (o) => o.action],
  ["trigger", (o) => o.trigger],
  ["source", (o) => o.source ?? null],
  ["section", (o) => o.sectionLineageId],
];

const emptyCounts = (): Record<ChangeStatus, number> => ({ added: 0, removed: 0, changed: 0 });

/** Index of each section's position among its siblings (0, 1, 2…), to tell a real move from renumbered positions. */
function siblingRanks(sections: SectionSnapshot[]): Map<string, number> {
  const byParent = new Map<string | null, SectionSnapshot[]>();
  for (const s of sections) byParent.set(s.parentLineageId, [...(byParent.get(s.parentLineageId) ?? []), s]);
  const ranks = new Map<string, number>();
  for (const siblings of byParent.values()) {
    [...siblings].sort((a, b) => a.position - b.position).forEach((s, i) => ranks.set(s.lineageId, i));
  }
  return ranks;
}

export function compareVersionContents(from: VersionSnapshot, to: VersionSnapshot): VersionComparison {
  const counts = { sections: emptyCounts(), obligations: emptyCounts() };

  // Sections, in the document order of the newer version, removed ones where they used to be.
  const fromSections = new Map(from.sections.map((s) => [s.lineageId, s]));
  const toSections = new Map(to.sections.map((s) => [s.lineageId, s]));
  const fromRanks = siblingRanks(from.sections);
  const toRanks = siblingRanks(to.sections);
  const sections: SectionChange[] = [];
  const order: string[] = [];
  for (const s of to.sections) order.push(s.lineageId);
  from.sections.forEach((s, i) => {
    if (!toSections.has(s.lineageId)) {
      // after the previous surviving section of the old order
      const previous = from.sections.slice(0, i).reverse().find((p) => toSections.has(p.lineageId));
      order.splice(previous ? order.indexOf(previous.lineageId) + 1 : 0, 0, s.lineageId);
    }
  });
  for (const lineageId of order) {
    const before = fromSections.get(lineageId) ?? null;
    const after = toSections.get(lineageId) ?? null;
    if (before && after) {
      const changedFields = SECTION_FIELDS.filter(([, get]) => get(before) !== get(after)).map(([field]) => field);
      if (before.parentLineageId === after.parentLineageId && fromRanks.get(lineageId) !== toRanks.get(lineageId)) changedFields.push("position");
      if (changedFields.length === 0) continue;
      counts.sections.changed++;
      sections.push({
        lineageId,
        status: "changed",
        before,
        after,
        changedFields,
        titleDiff: changedFields.includes("title") ? diffText(before.title, after.title) : null,
        bodyDiff: changedFields.includes("body") ? diffBody(before.body, after.body) : null,
      });
    } else if (after) {
      counts.sections.added++;
      sections.push({ lineageId, status: "added", before: null, after, changedFields: [], titleDiff: null, bodyDiff: diffBody("", after.body) });
    } else if (before) {
      counts.sections.removed++;
      sections.push({ lineageId, status: "removed", before, after: null, changedFields: [], titleDiff: null, bodyDiff: diffBody(before.body, "") });
    }
  }

  // Obligations, in the order of their sections in the newer version (removed ones by their old section).
  const sectionOrder = new Map(order.map((id, i) => [id, i]));
  const fromObligations = new Map(from.obligations.map((o) => [o.lineageId, o]));
  const toObligations = new Map(to.obligations.map((o) => [o.lineageId, o]));
  const lineageIds = [...new Set([...to.obligations.map((o) => o.lineageId), ...from.obligations.map((o) => o.lineageId)])];
  const obligations: ObligationChange[] = [];
  for (const lineageId of lineageIds) {
    const before = fromObligations.get(lineageId) ?? null;
    const after = toObligations.get(lineageId) ?? null;
    if (before && after) {
      const changedFields = OBLIGATION_FIELDS.filter(([, get]) => get(before) !== get(after)).map(([field]) => field);
      if (changedFields.length === 0) continue;
      counts.obligations.changed++;
      obligations.push({
        lineageId,
        status: "changed",
        before,
        after,
        changedFields,
        actionDiff: changedFields.includes("action") ? diffText(before.action, after.action) : null,
        triggerDiff: changedFields.includes("trigger") ? diffText(before.trigger, after.trigger) : null,
      });
    } else if (after) {
      counts.obligations.added++;
      obligations.push({ lineageId, status: "added", before: null, after, changedFields: [], actionDiff: null, triggerDiff: null });
    } else if (before) {
      counts.obligations.removed++;
      obligations.push({ lineageId, status: "removed", before, after: null, changedFields: [], actionDiff: null, triggerDiff: null });
    }
  }
  const place = (o: ObligationChange) => {
    const s = (o.after ?? o.before)!;
    return [sectionOrder.get(s.sectionLineageId) ?? Number.MAX_SAFE_INTEGER, s.position] as const;
  };
  obligations.sort((a, b) => {
    const [sa, pa] = place(a);
    const [sb, pb] = place(b);
    return sa - sb || pa - pb;
  });

  return { sections, obligations, counts };
}
