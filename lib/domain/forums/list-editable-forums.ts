import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { compareDanish } from "@/lib/i18n/format";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { editableForumIds, loadForumAccess } from "./access";

/** The forums whose initiatives the actor edits (member or secretariat coordinator), for "new initiative". */
export async function listEditableForums(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  const current = requireSignedIn(actor);
  const access = await loadForumAccess(db, current);
  const forums = await db.forum.findMany({ where: { id: { in: editableForumIds(access) } }, select: { id: true, name: true } });
  return forums.sort((a, b) => compareDanish(a.name, b.name));
}
