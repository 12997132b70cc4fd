import { DomainError } from "@/lib/domain/errors";
import { translate } from "@/lib/i18n/translate";

/** Open data is meant to be read by anyone, from anywhere: CORS open, briefly cacheable. */
const HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=60",
  "Content-Type": "application/json; charset=utf-8",
};

export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

/** Runs an open-data query: JSON on success, 400 for bad parameters, 404 for an unknown id. */
export async function respond(run: () => Promise<unknown>): Promise<Response> {
  try {
    return new Response(JSON.stringify(await run()), { headers: HEADERS });
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "not_found")) {
      const status = error.kind === "invalid" ? 400 : 404;
      const body = {
        error: error.kind,
        message: translate("en", error.messageKey),
        fields: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => translate("en", k.split("|")[0]))])),
      };
      return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
