import "server-only";
import { db } from "@/lib/db/client";
import { compareDanish } from "@/lib/i18n/format";

/** The forums of a region, to choose an indicator's responsible forum (names only: forum names are public). */
export async function listForumsOfRegion(regionId: string): Promise<{ id: string; name: string }[]> {
  const forums = await db.forum.findMany({ where: { regionId }, select: { id: true, name: true } });
  return forums.sort((a, b) => compareDanish(a.name, b.name));
}
