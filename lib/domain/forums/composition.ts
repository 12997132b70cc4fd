import "server-only";
/**
 * Loading what the composition rules need, inside the transaction that changes the membership: the
 * forum row is locked first (SELECT … FOR UPDATE), so two secretaries adding the last allowed seat
 * at the same moment cannot both succeed — the second one sees the first one's member.
 */
import type { Tx } from "@/lib/db/types";
import type { ForumPosition, SeatParty } from "@/lib/generated/prisma/enums";
import { InvalidError } from "@/lib/domain/errors";
import { canChangeMembership, compositionIssueMessageKey, isSeatCurrent, type CompositionForum } from "@/lib/rules/forums";
import { danishTodayColumn } from "@/lib/calendar/date-column";

export type SeatRow = { id: string; party: SeatParty; position: ForumPosition; periodFrom: Date; periodTo: Date | null };

export async function lockForumComposition(tx: Tx, forumId: string): Promise<{ forum: CompositionForum; members: SeatRow[] }> {
  await tx.$queryRaw`SELECT id FROM "Forum" WHERE id = ${forumId} FOR UPDATE`;
  const forum = await tx.forum.findUniqueOrThrow({
    where: { id: forumId },
    select: {
      compositionRule: true,
      chairParty: true,
      viceChairParty: true,
      seatRules: { select: { party: true, minSeats: true, maxSeats: true } },
      members: { select: { id: true, party: true, position: true, periodFrom: true, periodTo: true } },
    },
  });
  return { forum, members: forum.members };
}

/**
 * Refuses (InvalidError on `field`) a change from `before` to `after` that makes the composition more
 * broken — judged on each day that matters: today, the first day of any seat that starts later, and
 * the day after any seat that ends later.
 */
export function ensureCompositionKept(
  forum: CompositionForum,
  before: readonly SeatRow[],
  after: readonly SeatRow[],
  now: Date,
  field: string,
): void {
  const dayAfter = (d: Date) => new Date(d.getTime() + 24 * 60 * 60 * 1000);
  const today = danishTodayColumn(now);
  const days = [today, ...after.flatMap((m) => [m.periodFrom, ...(m.periodTo ? [dayAfter(m.periodTo)] : [])]).filter((d) => d > today)];
  for (const day of days) {
    const decision = canChangeMembership(
      forum,
      before.filter((m) => isSeatCurrent(m, day)),
      after.filter((m) => isSeatCurrent(m, day)),
    );
    if (!decision.allowed) {
      const messages = decision.worsened.map((issue) => {
        const params = Object.entries(issue.params).map(([k, v]) => `|${k}=${v}`).join("");
        return `${compositionIssueMessageKey(issue)}${params}`;
      });
      throw new InvalidError("forums.composition.refused", { [field]: messages });
    }
  }
}
