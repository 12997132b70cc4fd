import { getActor } from "@/lib/auth/actor";
import { getTranslator } from "@/lib/i18n/server";
import { loadAccountView } from "@/components/shell/load-account-view";

/**
 * GET /api/konto — the header's facts about the signed-in user (name, organisations, unread count, the
 * menu for their roles), translated in the request's language: `{"account": {…}}`, or
 * `{"account": null}` without a valid session. Fetched by the account island of the pages served from
 * the shared cache (components/shell/account-island.tsx); the same data the server's shell renders on
 * the other pages. Per user, so never cached anywhere: `private, no-store`.
 */
export async function GET() {
  const actor = await getActor();
  const account = actor ? await loadAccountView(actor, (await getTranslator()).t) : null;
  return Response.json({ account }, { headers: { "cache-control": "private, no-store" } });
}
