import "server-only";
import { db } from "@/lib/db/client";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { getInitiativeImportInput } from "./schemas";
import { progressOf } from "./import-dto";
import type { ImportProgress } from "./import-progress";

export type ImportProgressDto = { status: ImportStatus; progress: ImportProgress | null; failure: string | null };

/**
 * Where an import stands, for the import page's polling while a job works on it (decision 033): a
 * few columns, never the (large) rows. The uploader's own only; anyone else's is "not found".
 */
export async function getInitiativeImportProgress(actor: Actor | null, input: unknown): Promise<ImportProgressDto> {
  const data = parseInput(getInitiativeImportInput, input);
  const current = requireSignedIn(actor);
  const record = await db.initiativeImport.findFirst({
    where: { id: data.importId, createdById: current.userId },
    select: { status: true, phase: true, progressDone: true, progressTotal: true, failure: true },
  });
  if (!record) throw new NotFoundError();
  return { status: record.status, progress: progressOf(record), failure: record.failure };
}
