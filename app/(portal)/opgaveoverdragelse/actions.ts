"use server";
/**
 * Server actions of the task-transfer pages, declared through defineAction: each hands the form and the
 * actor to a domain operation (lib/domain/task-transfers), which parses, scopes, decides and writes.
 */
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/rules/actor";
import { openTaskTransfer } from "@/lib/domain/task-transfers/open-task-transfer";
import { updateDialoguePart } from "@/lib/domain/task-transfers/update-dialogue-part";
import { decideTaskTransfer } from "@/lib/domain/task-transfers/decide-task-transfer";
import { addMilestone } from "@/lib/domain/task-transfers/add-milestone";
import { completeMilestone } from "@/lib/domain/task-transfers/complete-milestone";
import { evaluateTaskTransfer } from "@/lib/domain/task-transfers/evaluate-task-transfer";

export const openTaskTransferAction = defineAction({
  name: "taskTransfers.open",
  run: openTaskTransfer,
  revalidate: ["/opgaveoverdragelse"],
  done: (transfer) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(transfer.id)}?udfoert=opened` }),
});

export const saveTransferringPartAction = defineAction({
  name: "taskTransfers.editTransferring",
  run: (actor: Actor | null, input: unknown) => updateDialoguePart(actor, "transferring", input),
  revalidate: ["/opgaveoverdragelse"],
  done: (saved) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(saved.id)}?udfoert=saved` }),
});

export const saveReceivingPartAction = defineAction({
  name: "taskTransfers.editReceiving",
  run: (actor: Actor | null, input: unknown) => updateDialoguePart(actor, "receiving", input),
  revalidate: ["/opgaveoverdragelse"],
  done: (saved) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(saved.id)}?udfoert=saved` }),
});

export const decideTaskTransferAction = defineAction({
  name: "taskTransfers.decide",
  run: decideTaskTransfer,
  revalidate: ["/opgaveoverdragelse"],
  done: (decided, formData) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(decided.id)}?udfoert=${String(formData.get("step"))}` }),
});

export const addMilestoneAction = defineAction({
  name: "taskTransfers.addMilestone",
  run: addMilestone,
  revalidate: ["/opgaveoverdragelse"],
  done: (added) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(added.id)}?udfoert=milestoneAdded#plan` }),
});

export const completeMilestoneAction = defineAction({
  name: "taskTransfers.completeMilestone",
  run: completeMilestone,
  revalidate: ["/opgaveoverdragelse"],
  done: (completed) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(completed.id)}?udfoert=milestoneCompleted#plan` }),
});

export const evaluateTaskTransferAction = defineAction({
  name: "taskTransfers.evaluate",
  run: evaluateTaskTransfer,
  revalidate: ["/opgaveoverdragelse"],
  done: (evaluated) => ({ redirect: `/opgaveoverdragelse/${encodeURIComponent(evaluated.id)}?udfoert=evaluated` }),
});
