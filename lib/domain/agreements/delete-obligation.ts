import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion } from "@/lib/rules/agreements";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { deleteObligationInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { visibleVersionsWhere } from "./scope";
import { obligationAuditSnapshot, obligationSelect } from "./dto";
import { obligationConflict } from "./upsert-obligation";

/** Removes an obligation from an editable version (the version it was rendered with, or a conflict). */
export async function deleteObligation(actor: Actor | null, input: unknown): Promise<{ sectionId: string; versionId: string }> {
  const data = parseInput(deleteObligationInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const found = await tx.obligation.findFirst({
      where: { AND: [{ id: data.obligationId }, { section: { agreementVersion: visibleVersionsWhere(current) } }] }, // scoped
      select: { section: { select: { versionId: true } } },
    });
    if (!found) throw new NotFoundError();
    const version = await loadVersionForChange(tx, current, found.section.versionId, "share");
    ensureAllowed(canEditVersion(current, factsOf(version)));

    const before = await tx.obligation.findUniqueOrThrow({ where: { id: data.obligationId }, select: obligationSelect });
    const { count } = await tx.obligation.deleteMany({ where: { id: before.id, version: data.version } });
    if (count === 0) throw await obligationConflict(tx, before.id);
    await recordAuditEvent(tx, current, { action: "obligation.delete", entityType: "Obligation", entityId: before.id, before: obligationAuditSnapshot(before) });
    return { sectionId: before.sectionId, versionId: version.id };
  });
}
