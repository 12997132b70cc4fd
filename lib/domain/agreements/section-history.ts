import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { sectionHistoryInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";
import { diffBody, diffText, type DiffPart } from "./diff";

export type RevisionRef = {
  id: string;
  versionNumber: number;
  versionLabel: string;
  revision: number;
  number: string;
  title: string;
  authorName: string | null;
  createdAt: Date;
};

export type SectionHistory = {
  agreement: { id: string; title: string };
  lineageId: string;
  /** Newest first. */
  revisions: RevisionRef[];
  from: RevisionRef | null;
  to: RevisionRef | null;
  diff: { number: DiffPart[]; title: DiffPart[]; body: DiffPart[] } | null;
};

/**
 * Every revision of a section across the agreement's versions the actor may see (a section and its
 * copies in amendments share a lineageId), and the diff between two of them — by default the two
 * newest.
 */
export async function getSectionHistory(actor: Actor | null, input: unknown): Promise<SectionHistory> {
  const data = parseInput(sectionHistoryInput, input);
  const agreement = await db.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true, title: true } });
  if (!agreement) throw new NotFoundError();
  const rows = await db.sectionRevision.findMany({
    where: { section: { lineageId: data.lineageId, agreementVersion: { AND: [{ agreementId: agreement.id }, visibleVersionsWhere(actor)] } } }, // scoped
    select: {
      id: true,
      revision: true,
      number: true,
      title: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      section: { select: { agreementVersion: { select: { number: true, label: true } } } },
    },
  });
  if (rows.length === 0) {
    // A section without saved revisions yet (seeded text): still a real section if visible.
    const exists = await db.section.findFirst({
      where: { lineageId: data.lineageId, agreementVersion: { AND: [{ agreementId: agreement.id }, visibleVersionsWhere(actor)] } },
      select: { id: true },
    });
    if (!exists) throw new NotFoundError();
  }
  rows.sort(
    (a, b) =>
      b.section.agreementVersion.number - a.section.agreementVersion.number || b.revision - a.revision || b.createdAt.getTime() - a.createdAt.getTime(),
  );
  const refs = rows.map((r) => ({
    id: r.id,
    versionNumber: r.section.agreementVersion.number,
    versionLabel: r.section.agreementVersion.label,
    revision: r.revision,
    number: r.number,
    title: r.title,
    authorName: r.author?.name ?? null,
    createdAt: r.createdAt,
  }));
  const pick = (id: string | undefined, fallback: number) => rows.find((r) => r.id === id) ?? rows[fallback] ?? null;
  const to = pick(data.to, 0);
  const from = pick(data.from, 1) ?? to;
  if ((data.from && !rows.some((r) => r.id === data.from)) || (data.to && !rows.some((r) => r.id === data.to))) throw new NotFoundError();
  const ref = (r: (typeof rows)[number] | null) => (r ? refs.find((x) => x.id === r.id)! : null);
  return {
    agreement,
    lineageId: data.lineageId,
    revisions: refs,
    from: ref(from),
    to: ref(to),
    diff: from && to ? { number: diffText(from.number, to.number), title: diffText(from.title, to.title), body: diffBody(from.body, to.body) } : null,
  };
}
