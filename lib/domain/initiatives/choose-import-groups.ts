import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { planStoredImport, statusRowsOf, type GroupChoice, type StoredImport } from "./import-plan";
import { chooseImportGroupsInput } from "./schemas";
import { lockPreview, toImportDto, type ImportDto } from "./import-dto";

const sameChoice = (a: GroupChoice, b: GroupChoice) => a.kind === b.kind && (a.kind !== "forum" || (b.kind === "forum" && a.forumId === b.forumId));

/**
 * The uploader places the sheet's groups before confirming: each group name goes to a forum of the
 * preview's list (the importing forum or one below it that they edit), is created as a new working
 * group under the importing forum (only for a person allowed to create forums there), or is
 * skipped. The preview is planned again with the choices and stored; nothing else is written.
 * Returns the preview and whether any choice changed.
 */
export async function chooseImportGroups(actor: Actor | null, input: unknown): Promise<{ preview: ImportDto; changed: boolean }> {
  const data = parseInput(chooseImportGroupsInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(
    async (tx) => {
      const { record, access } = await lockPreview(tx, current, data.importId);

      const stored = record.rows as unknown as StoredImport;
      const groups = stored.groups ?? [];
      if (data.choices.length !== groups.length) throw new InvalidError("errors.invalid", { choices: ["validation.choose"] });
      const targets = new Set((stored.targets ?? []).map((t) => t.id));
      const fieldErrors: Record<string, string[]> = {};
      data.choices.forEach((choice, i) => {
        if (choice.kind === "forum" && !targets.has(choice.forumId)) fieldErrors[`group.${i}`] = ["validation.choose"];
        if (choice.kind === "create" && !stored.mayCreate) fieldErrors[`group.${i}`] = ["forums.reason.regionCoordinatorOnly"];
      });
      if (Object.keys(fieldErrors).length) throw new InvalidError("errors.invalid", fieldErrors);

      const changed = groups.some((g, i) => !sameChoice(g.choice, data.choices[i]));
      if (!changed) return { preview: toImportDto(record), changed };

      const { rows, groups: _groups, targets: _targets, mayCreate: _mayCreate, ...meta } = stored;
      const previous = new Map(groups.map((g, i) => [g.key, data.choices[i]]));
      const next = await planStoredImport(tx, access, record.forumId, statusRowsOf(rows), meta, previous);
      await tx.initiativeImport.update({ where: { id: record.id }, data: { rows: next as unknown as Prisma.InputJsonValue }, select: { id: true } });
      const preview = toImportDto({ ...record, rows: next });
      await recordAuditEvent(tx, current, {
        action: "initiativeImport.chooseGroups",
        entityType: "InitiativeImport",
        entityId: record.id,
        before: { groups: groups.map((g) => ({ name: g.name, choice: g.choice })) },
        after: { groups: next.groups?.map((g) => ({ name: g.name, choice: g.choice })), summary: preview.summary },
      });
      return { preview, changed };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
