import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { DecisionStage } from "@/lib/generated/prisma/enums";
import { canEditInitiatives, canRecordFinalDecision } from "@/lib/rules/forums";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";

/**
 * Who may bring a status table to a forum: whoever edits its initiatives; final decisions only its
 * chair or secretary. Not visible → not found, visible but not allowed → forbidden. Checked at the
 * upload and again by the preview — in the request, or in the job with the uploader as they are then.
 */
export async function authoriseImport(actor: Actor, forumId: string, stage: DecisionStage) {
  const access = await loadForumAccess(db, actor);
  ensureForumAllows(access, forumId, canEditInitiatives);
  if (stage === "FINAL") ensureForumAllows(access, forumId, canRecordFinalDecision);
  return access;
}
