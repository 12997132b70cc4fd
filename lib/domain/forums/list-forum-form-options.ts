import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canCreateForum, regionOf } from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { loadForumAccess, readableForumIds } from "./access";

export type ForumFormOptionsDto = {
  /** Regions the actor may create forums in. */
  regions: { id: string; name: string }[];
  /** Readable forums (possible parents), with their region. */
  forums: { id: string; name: string; regionId: string }[];
  /** Organisations that can be a secretariat or a member's organisation: regions, municipalities, hospitals, clinics of the regions. */
  organisations: { id: string; name: string; regionId: string | null }[];
};

/** The choices of the forum and member forms, scoped to what the actor may see and use. */
export async function listForumFormOptions(actor: Actor | null): Promise<ForumFormOptionsDto> {
  const current = requireSignedIn(actor);
  const access = await loadForumAccess(db, current);
  const readable = readableForumIds(access);
  const [regions, forums] = await Promise.all([
    db.organisation.findMany({ where: { kind: "REGION" }, select: { id: true, name: true } }),
    db.forum.findMany({ where: { id: { in: readable } }, select: { id: true, name: true, regionId: true } }),
  ]);
  const regionIds = [...new Set([...forums.map((f) => f.regionId), ...regions.filter((r) => canCreateForum(current, r.id).allowed).map((r) => r.id)])];
  const organisations = await db.organisation.findMany({
    where: { OR: [{ id: { in: regionIds } }, { regionId: { in: regionIds } }, { municipality: { regionId: { in: regionIds } } }] },
    select: { id: true, name: true, regionId: true, kind: true, municipality: { select: { regionId: true } } },
  });
  return {
    regions: regions.filter((r) => canCreateForum(current, r.id).allowed).sort((a, b) => compareDanish(a.name, b.name)),
    forums: forums.sort((a, b) => compareDanish(a.name, b.name)),
    organisations: organisations
      .map((o) => ({ id: o.id, name: o.name, regionId: regionOf(o) }))
      .sort((a, b) => compareDanish(a.name, b.name)),
  };
}
