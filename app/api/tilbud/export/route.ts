import { exportOffersCsv } from "@/lib/domain/offers/export-offers-csv";
import { danishToday } from "@/lib/calendar/copenhagen";

/**
 * GET /api/tilbud/export — published offers as CSV for Excel (BOM, ";"); takes the lookup's query
 * parameters (q, kommune, risikofaktor, …) to export just those results.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const csv = await exportOffersCsv(Object.fromEntries(url.searchParams.entries()), url.origin);
  const day = danishToday();
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="forebyggelsestilbud-${day}.csv"`,
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
