import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { cancelInitiativeImportInput } from "./schemas";
import { importSelect, toImportDto, type ImportDto } from "./import-dto";

/** The uploader cancels a preview: nothing is written but the import's own status. */
export async function cancelInitiativeImport(actor: Actor | null, input: unknown): Promise<ImportDto> {
  const data = parseInput(cancelInitiativeImportInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const { count } = await tx.initiativeImport.updateMany({
      where: { id: data.importId, createdById: current.userId, status: "PREVIEW" }, // scoped to the uploader; only a preview
      data: { status: "CANCELLED", finishedAt: new Date() },
    });
    const record = await tx.initiativeImport.findFirst({ where: { id: data.importId, createdById: current.userId }, select: importSelect });
    if (!record) throw new NotFoundError();
    if (count === 0) throw new ConflictError("initiatives.import.alreadyFinished");
    await recordAuditEvent(tx, current, {
      action: "initiativeImport.cancel",
      entityType: "InitiativeImport",
      entityId: record.id,
      before: { status: "PREVIEW" },
      after: { status: "CANCELLED" },
    });
    return toImportDto(record);
  });
}
