import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { forumTaskTransfersInput } from "./schemas";
import { visibleTaskTransfersWhere } from "./scope";

/**
 * The task transfers a forum is responsible for, for its board: the short-notice flag shows there too.
 * Scoped like every case list (the forum's members see all of them; a reader of a public forum who is
 * no party sees none), so the board never shows a case its reader could not open.
 */
export async function listForumTaskTransfers(actor: Actor | null, input: unknown) {
  const data = parseInput(forumTaskTransfersInput, input);
  const current = requireSignedIn(actor);
  return db.taskTransfer.findMany({
    where: { AND: [{ forumId: data.forumId }, visibleTaskTransfersWhere(current)] },
    select: { id: true, reference: true, type: true, status: true, task: true, shortNotice: true, noticeMonths: true, effectiveFrom: true, transferringOrganisation: { select: { name: true } }, receivingOrganisation: { select: { name: true } } },
    orderBy: [{ shortNotice: "desc" }, { status: "asc" }, { openedAt: "desc" }],
    take: 100,
  });
}
