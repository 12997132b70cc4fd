import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canDecideAidProposal, canEditAids, canProposeAidChange } from "@/lib/rules/aids";
import type { AidContent } from "@/lib/aids/fields";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { getAidItemInput } from "./schemas";
import { councilMeetings, readableCatalogue, type CatalogueFacts } from "./scope";
import { aidItemSelect, aidProposalDto, aidProposalSelect, type AidItemDto, type AidProposalDto } from "./dto";
import { diffAidContent, type AidFieldChange } from "./item-diff";

export type AidRevisionRef = { id: string; revision: number; authorName: string | null; proposalId: string | null; createdAt: Date };

export type AidItemView = {
  catalogue: CatalogueFacts;
  item: AidItemDto;
  /** Newest first. */
  revisions: AidRevisionRef[];
  from: AidRevisionRef | null;
  to: AidRevisionRef | null;
  diff: AidFieldChange[];
  /** Newest first; each pending one with what it would change against the aid as it is now. */
  proposals: (AidProposalDto & { changes: AidFieldChange[] })[];
  /** The council's meetings a decision may be linked to (not cancelled), newest first. */
  meetings: { id: string; startsAt: Date; forumName: string }[];
  may: { edit: boolean; propose: boolean; decide: boolean };
};

/** An aid with its history (the diff of two revisions, by default the two newest) and its proposals. */
export async function getAidItem(actor: Actor | null, input: unknown): Promise<AidItemView> {
  const data = parseInput(getAidItemInput, input);
  const item = await db.aidItem.findUnique({ where: { id: data.itemId }, select: aidItemSelect });
  if (!item) throw new NotFoundError();
  const { catalogue, relation } = await readableCatalogue(db, actor, { id: item.catalogueId }); // scoped
  const may = { edit: canEditAids(relation).allowed, propose: canProposeAidChange(relation).allowed, decide: canDecideAidProposal(relation).allowed };
  const [rows, proposals, meetings] = await Promise.all([
    db.aidItemRevision.findMany({
      where: { itemId: item.id },
      orderBy: { revision: "desc" },
      select: { id: true, revision: true, snapshot: true, proposalId: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.aidProposal.findMany({ where: { itemId: item.id }, orderBy: { createdAt: "desc" }, select: aidProposalSelect }),
    may.decide ? councilMeetings(db, catalogue.regionId) : Promise.resolve([]),
  ]);
  const refs = rows.map((r) => ({ id: r.id, revision: r.revision, authorName: r.author?.name ?? null, proposalId: r.proposalId, createdAt: r.createdAt }));
  if ((data.from && !rows.some((r) => r.id === data.from)) || (data.to && !rows.some((r) => r.id === data.to))) throw new NotFoundError();
  const to = rows.find((r) => r.id === data.to) ?? rows[0] ?? null;
  const from = rows.find((r) => r.id === data.from) ?? rows[1] ?? null;
  const ref = (r: (typeof rows)[number] | null) => (r ? refs.find((x) => x.id === r.id)! : null);
  return {
    catalogue,
    item,
    revisions: refs,
    from: ref(from),
    to: ref(to),
    diff: to ? diffAidContent(from ? (from.snapshot as AidContent) : null, to.snapshot as AidContent) : [],
    proposals: proposals.map((p) => {
      const dto = aidProposalDto(p);
      return { ...dto, changes: dto.status === "PENDING" ? diffAidContent(item, dto.proposed) : [] };
    }),
    meetings,
    may,
  };
}
