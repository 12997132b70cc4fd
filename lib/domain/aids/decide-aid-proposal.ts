import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { aidProposalTransition, canDecideAidProposal, meetingFitsAidDecision } from "@/lib/rules/aids";
import type { AidContent } from "@/lib/aids/fields";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { decideAidProposalInput } from "./schemas";
import { ensureAids, readableCatalogue } from "./scope";
import { insertAidItem, saveAidItem } from "./save";
import { aidItemSelect } from "./dto";

/**
 * The aids council's decision on a proposal: accepted or rejected, with a reason, at one of the
 * council's meetings. Accepting carries the proposal out in the same transaction — a new aid, or a
 * new revision of the aid (linked to the proposal). A proposal decided in between is a conflict.
 */
export async function decideAidProposal(actor: Actor | null, input: unknown): Promise<{ id: string; itemId: string | null; status: string; regionId: string }> {
  const data = parseInput(decideAidProposalInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const proposal = await tx.aidProposal.findUnique({
      where: { id: data.proposalId },
      select: { id: true, catalogueId: true, itemId: true, status: true, version: true, proposed: true },
    });
    if (!proposal) throw new NotFoundError();
    const { catalogue, relation } = await readableCatalogue(tx, current, { id: proposal.catalogueId });
    ensureAids(relation, canDecideAidProposal);
    if (proposal.version !== data.version) throw new ConflictError("aids.conflict.proposal");
    ensureAllowed(aidProposalTransition(proposal.status, data.outcome));
    const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId! }, select: { status: true, forum: { select: { kind: true, regionId: true } } } });
    const fits = meetingFitsAidDecision(meeting && { status: meeting.status, forumKind: meeting.forum.kind, forumRegionId: meeting.forum.regionId }, catalogue.regionId);
    if (!fits.allowed) throw new InvalidError("errors.invalid", { meetingId: [fits.reason] });

    const { count } = await tx.aidProposal.updateMany({
      where: { id: proposal.id, version: data.version, status: "PENDING" },
      data: { status: data.outcome, decisionReason: data.reason, decidedById: current.userId, decidedAt: new Date(), meetingId: data.meetingId, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("aids.conflict.proposal");

    let itemId = proposal.itemId;
    if (data.outcome === "ACCEPTED") {
      const proposed = proposal.proposed as AidContent;
      if (proposal.itemId) {
        const before = await tx.aidItem.findUniqueOrThrow({ where: { id: proposal.itemId }, select: aidItemSelect });
        await saveAidItem(tx, current, before, before.version, proposed, proposal.id);
      } else {
        itemId = (await insertAidItem(tx, current, catalogue.id, proposed, proposal.id)).id;
        await tx.aidProposal.update({ where: { id: proposal.id }, data: { itemId } });
      }
    }
    await recordAuditEvent(tx, current, {
      action: "aidProposal.decide",
      entityType: "AidProposal",
      entityId: proposal.id,
      before: { status: proposal.status, version: proposal.version },
      after: { status: data.outcome, reason: data.reason, meetingId: data.meetingId, itemId, version: proposal.version + 1 },
    });
    return { id: proposal.id, itemId, status: data.outcome, regionId: catalogue.regionId };
  });
}
