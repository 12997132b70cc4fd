import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canCreateForum } from "@/lib/rules/forums";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess } from "./access";
import { createForumInput, seatRulesFrom } from "./schemas";
import { ensureSecretariatInRegion } from "./secretariat";
import { forumAuditSnapshot } from "./dto";

const nameTaken = () => new InvalidError("errors.invalid", { name: ["validation.forums.nameTaken"] });

/**
 * A region's coordinator (or the administrator) creates a forum in that region, optionally under a
 * parent forum of the same region that they can see. A new forum has no members yet.
 */
export async function createForum(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(createForumInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const region = await tx.organisation.findFirst({ where: { id: data.regionId, kind: "REGION" }, select: { id: true } });
      if (!region) throw new NotFoundError();
      ensureAllowed(canCreateForum(current, region.id));
      if (data.parentId) {
        const access = await loadForumAccess(tx, current);
        ensureReadable(access, data.parentId); // scoped: an invisible parent is "not found"
        if (access.byId.get(data.parentId)?.regionId !== region.id) throw new InvalidError("errors.invalid", { parentId: ["validation.forums.parentOtherRegion"] });
      }
      if (data.secretariatOrganisationId) await ensureSecretariatInRegion(tx, region.id, data.secretariatOrganisationId);
      if (await tx.forum.findUnique({ where: { regionId_name: { regionId: region.id, name: data.name } }, select: { id: true } })) throw nameTaken();

      const seatRules = seatRulesFrom(data);
      const forum = await tx.forum.create({
        data: {
          regionId: region.id,
          parentId: data.parentId ?? null,
          name: data.name,
          shortName: data.shortName ?? null,
          kind: data.kind,
          mandate: data.mandate,
          compositionRule: data.compositionRule,
          chairParty: data.chairParty ?? null,
          viceChairParty: data.viceChairParty ?? null,
          minMeetingsPerYear: data.minMeetingsPerYear ?? null,
          secretariatOrganisationId: data.secretariatOrganisationId ?? null,
          secretariatNote: data.secretariatNote ?? null,
          isPublic: data.isPublic,
          seatRules: { create: seatRules },
        },
      });
      await recordAuditEvent(tx, current, { action: "forum.create", entityType: "Forum", entityId: forum.id, after: forumAuditSnapshot(forum, seatRules) });
      return { id: forum.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
