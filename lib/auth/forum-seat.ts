import "server-only";
import type { Db } from "@/lib/db/types";

/**
 * Whether the user holds a current forum seat — shown as Fora and Initiativer in the menu. Forum
 * seats are not organisation memberships, so they are not on the Actor; the shell asks separately.
 */
export async function hasCurrentForumSeat(client: Db, userId: string, now: Date = new Date()): Promise<boolean> {
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`); // periodFrom/To are dates
  const seat = await client.forumMember.findFirst({
    where: { userId, periodFrom: { lte: today }, OR: [{ periodTo: null }, { periodTo: { gte: today } }] },
    select: { id: true },
  });
  return seat !== null;
}
