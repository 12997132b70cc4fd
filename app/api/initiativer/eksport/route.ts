import { getActor } from "@/lib/auth/actor";
import { exportStatusTable } from "@/lib/domain/initiatives/export-status-table";
import { DomainError } from "@/lib/domain/errors";

/**
 * GET /api/initiativer/eksport?forumId=…[&scope=tree] — a forum's status table as Excel CSV (BOM, ";",
 * CRLF, quoted cells), the same shape the import reads. Readable forums only; anything else is 404.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const { fileName, csv } = await exportStatusTable(await getActor(), { forumId: url.searchParams.get("forumId") ?? "", scope: url.searchParams.get("scope") ?? "" });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
