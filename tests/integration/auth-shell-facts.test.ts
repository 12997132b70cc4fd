import { describe, expect, it } from "vitest";
import { loadSignedInUser } from "@/lib/auth/load-actor";
import { db } from "./support/db";
import { createOrganisation, createUser } from "./support/factories";

const NOW = new Date("2026-06-15T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The header's facts as loaded with the actor. */
const loadShellFacts = async (userId: string, now: Date) => (await loadSignedInUser(db, userId, {}, now))!.shellFacts;

async function userWithForum() {
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const user = await createUser([{ organisationId: region.id, role: "COORDINATOR" }]);
  const forum = await db.forum.create({ data: { regionId: region.id, name: "Følgegruppe for forebyggelse", kind: "FOLLOW_UP_GROUP" } });
  const seat = (periodFrom: string, periodTo: string | null) =>
    db.forumMember.create({ data: { forumId: forum.id, userId: user.id, name: user.name, party: "REGION", periodFrom: day(periodFrom), periodTo: periodTo ? day(periodTo) : null } });
  return { user, seat };
}

describe("the header's facts about the signed-in user (loaded in the actor's statement)", () => {
  it("a user without seats or notifications: no forum menu, no badge count", async () => {
    const { user } = await userWithForum();
    expect(await loadShellFacts(user.id, NOW)).toEqual({ forumMember: false, unreadNotifications: 0 });
  });

  it("counts a seat only while its period runs (both ends inclusive)", async () => {
    const { user, seat } = await userWithForum();
    await seat("2025-01-01", "2026-06-14"); // ended yesterday
    await seat("2026-06-16", null); // starts tomorrow
    expect((await loadShellFacts(user.id, NOW)).forumMember).toBe(false);
    await seat("2026-06-15", "2026-06-15"); // today only
    expect((await loadShellFacts(user.id, NOW)).forumMember).toBe(true);
  });

  it("counts the user's own unread notifications only", async () => {
    const { user } = await userWithForum();
    const other = await createUser([]);
    await db.notification.createMany({
      data: [
        { userId: user.id, kind: "REFERRAL_NEW" },
        { userId: user.id, kind: "REFERRAL_ACCEPTED" },
        { userId: user.id, kind: "REFERRAL_REJECTED", readAt: NOW },
        { userId: other.id, kind: "REFERRAL_NEW" },
      ],
    });
    expect(await loadShellFacts(user.id, NOW)).toEqual({ forumMember: false, unreadNotifications: 2 });
  });
});
