import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { getInitiativeImportInput } from "./schemas";
import { importSelect, toImportDto, type ImportDto } from "./import-dto";

/** An import (preview or report) — the uploader's own only; anyone else's is "not found". */
export async function getInitiativeImport(actor: Actor | null, input: unknown): Promise<ImportDto> {
  const data = parseInput(getInitiativeImportInput, input);
  const current = requireSignedIn(actor);
  const record = await db.initiativeImport.findFirst({ where: { id: data.importId, createdById: current.userId }, select: importSelect });
  if (!record) throw new NotFoundError();
  return toImportDto(record);
}
