import { getActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { getInitiativeImportProgress } from "@/lib/domain/initiatives/get-initiative-import-progress";

export const dynamic = "force-dynamic";

/**
 * GET /api/initiativer/import/[importId]/status — what the import page polls while a job reads or
 * writes an import (decision 033): `{ status, progress: { phase, done, total } | null, failure }`.
 * The uploader's own import only; anything else (signed out, someone else's, no such id) is 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ importId: string }> }): Promise<Response> {
  const { importId } = await params;
  try {
    const progress = await getInitiativeImportProgress(await getActor(), { importId });
    return Response.json(progress, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: "not found" }, { status: 404, headers: { "cache-control": "no-store" } });
    throw error;
  }
}
