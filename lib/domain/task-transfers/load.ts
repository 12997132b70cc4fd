import "server-only";
/**
 * The shared first steps of every change to a task transfer: inside the caller's transaction, load the
 * case scoped to the actor (not visible → NotFoundError), learn whether the actor sits in its
 * responsible forum, and check the version the form showed (ConflictError).
 */
import type { Tx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import type { TaskTransferContext } from "@/lib/rules/task-transfers";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { visibleTaskTransfersWhere } from "./scope";

export async function loadForChange(tx: Tx, actor: Actor, transferId: string, version: number) {
  const transfer = await tx.taskTransfer.findFirst({ where: { AND: [{ id: transferId }, visibleTaskTransfersWhere(actor)] } });
  if (!transfer) throw new NotFoundError();
  const context: TaskTransferContext = { responsibleForumMember: !!transfer.forumId && (await tx.forumMember.count({ where: { forumId: transfer.forumId, userId: actor.userId } })) > 0 };
  return { transfer, context, checkVersion: () => {
    if (transfer.version !== version) throw new ConflictError("taskTransfers.conflict.changed");
  } };
}

/** The write with the version in its `where`: 0 rows → someone else changed it meanwhile. */
export function ensureWritten(count: number): void {
  if (count === 0) throw new ConflictError("taskTransfers.conflict.changed");
}

/**
 * Every change to a case bumps the case's one version, with the version the form showed in the
 * `where` (0 rows → ConflictError): a milestone added or done, or the evaluation, changes the case.
 */
export async function writeCase(tx: Tx, transferId: string, version: number, data: Prisma.TaskTransferUncheckedUpdateManyInput = {}): Promise<void> {
  const { count } = await tx.taskTransfer.updateMany({ where: { id: transferId, version }, data: { ...data, version: { increment: 1 } } });
  ensureWritten(count);
}
