import { getActor } from "@/lib/auth/actor";
import { signInUrl } from "@/lib/auth/next-path";
import { DomainError } from "@/lib/domain/errors";
import { uploadInitiativeImport } from "@/lib/domain/initiatives/upload-initiative-import";
import { IMPORT_MAX_BYTES } from "@/lib/domain/initiatives/schemas";
import { isSameOrigin, readBodyWithin } from "@/lib/http/limited-body";
import type { UploadError } from "./upload-errors";

/**
 * The import's own body limit: the file (IMPORT_MAX_BYTES, 5 MB) plus the form's other fields and the
 * multipart framing. Every server action keeps next.config.ts's small default (1 MB); the upload comes
 * here instead, so only this endpoint accepts a body this large.
 */
const IMPORT_BODY_LIMIT = IMPORT_MAX_BYTES + 64 * 1024;

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

/**
 * POST /api/initiativer/import?forumId=… (multipart/form-data: file, stage) — step 1 of a status-table
 * import from the form on /fora/[forumId]/import (a plain form post: works without JavaScript). The
 * body is read within IMPORT_BODY_LIMIT, then the domain operation reads the file into a preview — or,
 * for a large file while a worker runs, stores it and queues the preview job (decision 033) — and the
 * browser is sent to the import's page (303), which shows the preview or the job's progress; a
 * refused file goes back to the form with ?fejl=<why>.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const forumId = new URL(request.url).searchParams.get("forumId") ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(forumId)) return new Response("Not found", { status: 404 });
  const form = `/fora/${encodeURIComponent(forumId)}/import`;
  const back = (error: UploadError) => seeOther(`${form}?fejl=${error}`);

  const body = await readBodyWithin(request, IMPORT_BODY_LIMIT);
  if (!body.ok) return back("fileTooLarge");
  let fields: FormData;
  try {
    fields = await new Response(body.bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return back("fileRequired");
  }
  const file = fields.get("file");
  const upload = file instanceof File && file.size > 0 ? { name: file.name || "statustabel.csv", bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;

  const actor = await getActor();
  if (!actor) return seeOther(signInUrl(form));
  try {
    const imported = await uploadInitiativeImport(actor, { forumId, stage: fields.get("stage") ?? "", file: upload });
    return seeOther(`${form}/${encodeURIComponent(imported.id)}`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.kind === "invalid") {
      const messages = Object.values(error.fieldErrors).flat();
      return back(messages.includes("validation.initiatives.fileTooLarge") ? "fileTooLarge" : messages.includes("validation.initiatives.fileRequired") ? "fileRequired" : "invalid");
    }
    return new Response(error.kind === "forbidden" ? "Forbidden" : "Not found", { status: error.kind === "forbidden" ? 403 : 404 });
  }
}
