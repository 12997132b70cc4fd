import { getActor } from "@/lib/auth/actor";
import { complianceCsv } from "@/lib/domain/compliance/compliance-csv";
import { DomainError } from "@/lib/domain/errors";
import { getTranslator } from "@/lib/i18n/server";

/**
 * GET /api/overholdelse/eksport?region=…&aar=… (or ?forum=…&aar=… for a forum's area) — the compliance view as Excel CSV (lib/csv), with the
 * page's access rule and suppression (the same operation). No right to the figures → 404.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { t } = await getTranslator();
  try {
    const { fileName, csv } = await complianceCsv(await getActor(), { regionId: url.searchParams.get("region") ?? "", year: url.searchParams.get("aar") ?? "", forumId: url.searchParams.get("forum") ?? "" }, t);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
