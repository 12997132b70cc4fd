/**
 * GET /api/hsds — the HSDS API's root endpoint: which version and profile this API speaks and where
 * its lists are. Static (prerendered at build time); bench/offers-lookup.ts also uses it as the
 * static baseline next to the lookup page.
 */
export const dynamic = "force-static";

export function GET() {
  return Response.json(
    {
      version: "3.0",
      profile: "dk-forebyggelse: HSDS 3.0 with Danish extensions (dk_*) — docs/decisions/007-hsds-danish-extensions.md",
      endpoints: { services: "/api/hsds/services", service: "/api/hsds/services/{id}", organizations: "/api/hsds/organizations", csv: "/api/tilbud/export" },
    },
    { headers: { "Access-Control-Allow-Origin": "*" } },
  );
}
