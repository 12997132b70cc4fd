import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canChangeRules, canManageForum, canReadForum, compositionIssueMessageKey, isSeatCurrent, wouldCreateCycle } from "@/lib/rules/forums";
import { ConflictError, InvalidError } from "@/lib/domain/errors";
import { isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, ensureReadable, loadForumAccess, relationTo } from "./access";
import { lockForumComposition } from "./composition";
import { ensureSecretariatInRegion } from "./secretariat";
import { seatRulesFrom, updateForumInput } from "./schemas";
import { forumAuditSnapshot } from "./dto";
import { danishTodayColumn } from "@/lib/calendar/date-column";

/**
 * The forum's managers (its chair or secretary, its secretariat's coordinators, the administrator)
 * change its mandate, rules and seat rules. Refused when the current members would break the new
 * rules in a way they cannot grow out of (lib/rules/forums.ts canChangeRules), or when the new parent
 * would make the reports-to tree a loop.
 */
export async function updateForum(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<{ id: string; version: number }> {
  const data = parseInput(updateForumInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const access = await loadForumAccess(tx, current, now);
      ensureForumAllows(access, data.forumId, canManageForum); // scoped (not found) → allowed (forbidden)
      const before = await tx.forum.findUniqueOrThrow({ where: { id: data.forumId }, include: { seatRules: true } });
      // A parent the actor cannot see is not offered in the form: leaving the choice empty keeps it.
      const hiddenParent = before.parentId && !canReadForum(relationTo(access, before.parentId)).allowed ? before.parentId : null;
      const parentId = data.parentId ?? hiddenParent;
      if (parentId !== before.parentId && parentId) {
        ensureReadable(access, parentId);
        if (access.byId.get(parentId)?.regionId !== before.regionId) throw new InvalidError("errors.invalid", { parentId: ["validation.forums.parentOtherRegion"] });
        if (wouldCreateCycle(before.id, parentId, access.nodes)) throw new InvalidError("errors.invalid", { parentId: ["validation.forums.parentCycle"] });
      }

      if (data.secretariatOrganisationId && data.secretariatOrganisationId !== before.secretariatOrganisationId) {
        await ensureSecretariatInRegion(tx, before.regionId, data.secretariatOrganisationId);
      }

      const { forum: rules, members } = await lockForumComposition(tx, before.id);
      const seatRules = seatRulesFrom(data);
      const next = { compositionRule: data.compositionRule, chairParty: data.chairParty ?? null, viceChairParty: data.viceChairParty ?? null, seatRules };
      const decision = canChangeRules(rules, next, members.filter((m) => isSeatCurrent(m, danishTodayColumn(now))));
      if (!decision.allowed) {
        throw new InvalidError("forums.composition.rulesRefused", {
          compositionRule: decision.worsened.map((i) => `${compositionIssueMessageKey(i)}${Object.entries(i.params).map(([k, v]) => `|${k}=${v}`).join("")}`),
        });
      }

      const { count } = await tx.forum.updateMany({
        where: { id: before.id, version: data.version }, // optimistic concurrency
        data: {
          parentId,
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
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new ConflictError();
      await tx.forumSeatRule.deleteMany({ where: { forumId: before.id } });
      if (seatRules.length) await tx.forumSeatRule.createMany({ data: seatRules.map((r) => ({ ...r, forumId: before.id })) });

      const after = await tx.forum.findUniqueOrThrow({ where: { id: before.id }, include: { seatRules: true } });
      await recordAuditEvent(tx, current, {
        action: "forum.update",
        entityType: "Forum",
        entityId: before.id,
        before: forumAuditSnapshot(before, before.seatRules),
        after: forumAuditSnapshot(after, after.seatRules),
      });
      return { id: after.id, version: after.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidError("errors.invalid", { name: ["validation.forums.nameTaken"] });
    throw error;
  }
}
