/** Upserts a forum on its natural key (region, name) together with its seat rules. */
import type { CompositionRule, ForumKind, SeatParty } from "@/lib/generated/prisma/enums";
import type { Tx } from "./util";

export interface ForumInput {
  id: string;
  regionId: string;
  parentId: string | null;
  name: string;
  shortName: string | null;
  kind: ForumKind;
  compositionRule: CompositionRule;
  chairParty: SeatParty | null;
  viceChairParty: SeatParty | null;
  minMeetingsPerYear: number | null;
  mandate: string;
  secretariatOrganisationId: string | null;
  secretariatNote: string | null;
  isPublic: boolean;
  seats: { party: SeatParty; min: number; max?: number }[];
}

export async function upsertForum(tx: Tx, input: ForumInput): Promise<string> {
  const { id: seededId, seats, ...data } = input;
  const { id } = await tx.forum.upsert({
    where: { regionId_name: { regionId: data.regionId, name: data.name } },
    create: { id: seededId, ...data },
    update: data,
    select: { id: true },
  });
  for (const seat of seats) {
    const rule = { minSeats: seat.min, maxSeats: seat.max ?? null };
    await tx.forumSeatRule.upsert({
      where: { forumId_party: { forumId: id, party: seat.party } },
      create: { forumId: id, party: seat.party, ...rule },
      update: rule,
    });
  }
  return id;
}
