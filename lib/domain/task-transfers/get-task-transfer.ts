import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import {
  availableTaskTransferSteps,
  canCompleteMilestone,
  canEditDialoguePart,
  canEvaluateTaskTransfer,
  canPlanMilestone,
  isImplemented,
  partiesOf,
  type TaskTransferDecisionStep,
  type TaskTransferParty,
} from "@/lib/rules/task-transfers";
import { danishToday, isoDateOfColumn } from "@/lib/calendar";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { getTaskTransferInput } from "./schemas";
import { visibleTaskTransfersWhere } from "./scope";

const include = {
  transferringOrganisation: { select: { id: true, name: true } },
  receivingOrganisation: { select: { id: true, name: true } },
  forum: { select: { id: true, name: true } },
  openedBy: { select: { name: true } },
  evaluatedBy: { select: { name: true } },
  milestones: { orderBy: { position: "asc" }, include: { completedBy: { select: { name: true } } } },
} as const;

/** One task transfer, for its parties and its responsible forum, with what the actor may do now. */
export async function getTaskTransfer(actor: Actor | null, input: unknown) {
  const data = parseInput(getTaskTransferInput, input);
  const current = requireSignedIn(actor);
  const row = await db.taskTransfer.findFirst({ where: { AND: [{ id: data.transferId }, visibleTaskTransfersWhere(current)] }, include });
  if (!row) throw new NotFoundError();
  const context = { responsibleForumMember: !!row.forumId && (await db.forumMember.count({ where: { forumId: row.forumId, userId: current.userId } })) > 0 };
  const editable: TaskTransferParty[] = (["transferring", "receiving"] as const).filter((part) => canEditDialoguePart(current, row, part).allowed);
  const steps: TaskTransferDecisionStep[] = availableTaskTransferSteps(current, row, context);
  const today = danishToday();
  const milestones = row.milestones.map((m) => {
    const party = m.party as TaskTransferParty;
    const overdue = !m.completedAt && isoDateOfColumn(m.dueOn) < today;
    return { ...m, party, overdue, canComplete: canCompleteMilestone(current, row, { party, completedAt: m.completedAt }).allowed };
  });
  const plan = {
    implemented: isImplemented(milestones),
    canAdd: canPlanMilestone(current, row).allowed,
    canEvaluate: canEvaluateTaskTransfer(current, row, milestones).allowed,
  };
  return { ...row, milestones, parties: partiesOf(current, row), editable, steps, plan };
}
export type TaskTransferDto = Awaited<ReturnType<typeof getTaskTransfer>>;

/** The actor's cases (as a party or through the responsible forum), open ones first. */
export async function listTaskTransfers(actor: Actor | null) {
  const current = requireSignedIn(actor);
  return db.taskTransfer.findMany({
    where: visibleTaskTransfersWhere(current),
    select: { id: true, reference: true, type: true, status: true, task: true, shortNotice: true, effectiveFrom: true, openedAt: true, transferringOrganisation: { select: { name: true } }, receivingOrganisation: { select: { name: true } } },
    orderBy: [{ status: "asc" }, { openedAt: "desc" }],
    take: 200,
  });
}

/** The organisations a coordinator may open a case between: their own, and the other sector's of their region. */
export async function listTaskTransferChoices(actor: Actor | null) {
  const current = requireSignedIn(actor);
  const own = current.memberships.filter((m) => m.role === "COORDINATOR");
  const regionIds = [...new Set(own.map((m) => m.regionId ?? (m.organisationKind === "REGION" ? m.organisationId : null)).filter((id): id is string => !!id))];
  const organisations = await db.organisation.findMany({
    where: { OR: [{ id: { in: regionIds } }, { regionId: { in: regionIds }, kind: { in: ["MUNICIPALITY", "HOSPITAL"] } }] },
    select: { id: true, name: true, kind: true },
    orderBy: { name: "asc" },
  });
  return { own: own.map((m) => ({ id: m.organisationId, name: m.organisationName })), organisations };
}
