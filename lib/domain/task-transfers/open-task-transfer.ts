import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import type { OrganisationKind, TaskTransferType } from "@/lib/generated/prisma/enums";
import { canOpenTaskTransfer, isShortNotice, noticeMonthsOf, noticeParties, RESPONSIBLE_FORUM_KIND } from "@/lib/rules/task-transfers";
import { obligationFor } from "@/lib/rules/compliance";
import { addMonths, danishDate, startOfDanishDay } from "@/lib/calendar";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { nextCaseReference } from "@/lib/domain/case-reference";
import { openTaskTransferInput } from "./schemas";

/**
 * The forum responsible for a type in a region: type A → clinical management, B → the cluster
 * steering group; a region without that forum → its administrative steering forum (where a
 * disagreement about the type goes too).
 */
async function responsibleForumId(tx: Tx, regionId: string | null, type: TaskTransferType): Promise<string | null> {
  if (!regionId) return null;
  for (const kind of [RESPONSIBLE_FORUM_KIND[type], "ADMINISTRATIVE_FORUM" as const]) {
    const forum = await tx.forum.findFirst({ where: { regionId, kind }, orderBy: { createdAt: "asc" }, select: { id: true } });
    if (forum) return forum.id;
  }
  return null;
}

/** The notice the region's agreement in force states for the transferring party (its obligation), else 6 months. */
async function agreedNoticeMonths(tx: Tx, regionId: string | null, transferringKind: OrganisationKind): Promise<number> {
  if (!regionId) return noticeMonthsOf(null);
  const obligations = await tx.obligation.findMany({
    where: { workflowDeadline: "TASK_TRANSFER_NOTICE", responsibleParty: { in: noticeParties(transferringKind) }, section: { agreementVersion: { status: "IN_FORCE", agreement: { regionId } } } },
    select: { responsibleParty: true, deadlineAmount: true, deadlineUnit: true },
  });
  return noticeMonthsOf(obligationFor(obligations, transferringKind));
}

/**
 * A party's coordinator opens a task transfer with the transferring party's part of the dialogue
 * basis. The change needs the agreement's notice (its obligation; 6 months by default): a change taking effect earlier than the
 * notice from today is flagged (shortNotice) to both parties and on the forum's board.
 */
export async function openTaskTransfer(actor: Actor | null, input: unknown): Promise<{ id: string; reference: string; shortNotice: boolean; version: number }> {
  const data = parseInput(openTaskTransferInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const orgs = await tx.organisation.findMany({ where: { id: { in: [data.transferringOrganisationId, data.receivingOrganisationId] } }, select: { id: true, kind: true, regionId: true } });
    const transferring = orgs.find((o) => o.id === data.transferringOrganisationId);
    const receiving = orgs.find((o) => o.id === data.receivingOrganisationId);
    if (!transferring || !receiving) throw new NotFoundError();
    ensureAllowed(canOpenTaskTransfer(current, transferring, receiving));

    const now = new Date();
    const regionId = transferring.kind === "REGION" ? transferring.id : (transferring.regionId ?? (receiving.kind === "REGION" ? receiving.id : receiving.regionId));
    const noticeMonths = await agreedNoticeMonths(tx, regionId, transferring.kind);
    const shortNotice = isShortNotice(data.effectiveFrom, addMonths(danishDate(now), noticeMonths));
    const { transferringOrganisationId, receivingOrganisationId, type, effectiveFrom, ...dialogue } = data;
    const transfer = await tx.taskTransfer.create({
      data: {
        reference: await nextCaseReference(tx, "OO", now),
        type,
        transferringOrganisationId,
        receivingOrganisationId,
        forumId: await responsibleForumId(tx, regionId, type),
        openedById: current.userId,
        openedAt: now,
        effectiveFrom: startOfDanishDay(effectiveFrom),
        noticeMonths,
        shortNotice,
        ...dialogue,
        patientsPerYear: dialogue.patientsPerYear ?? null,
      },
    });
    await recordAuditEvent(tx, current, {
      action: "taskTransfer.open",
      entityType: "TaskTransfer",
      entityId: transfer.id,
      after: { reference: transfer.reference, type, status: transfer.status, effectiveFrom, shortNotice, forumId: transfer.forumId, version: transfer.version },
    });
    return { id: transfer.id, reference: transfer.reference, shortNotice, version: transfer.version };
  });
}
