import { getActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { getVersionReader } from "@/lib/domain/agreements/get-version-reader";
import { getTranslator } from "@/lib/i18n/server";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * GET /api/aftaler/{agreementId}/v/{number} — what the version's reading page shows the signed-in
 * reader beyond what everybody sees: `{"reader": {"canOpenWorkspace": bool, "drafts": [{number, text}]}}`
 * (the drafts' link text translated in the request's language). Fetched by the reader island of the
 * cached reading page (app/(public)/aftaler/_components/reader-island.tsx, decision 037) once the
 * account island knows somebody is signed in. Per user, so never cached anywhere; a version the actor
 * may not read is a 404, as its page is.
 */
export async function GET(_request: Request, context: { params: Promise<{ agreementId: string; number: string }> }) {
  const { agreementId, number } = await context.params;
  const actor = await getActor();
  try {
    const reader = await getVersionReader(actor, { agreementId, number });
    const { t } = await getTranslator();
    const drafts = reader.drafts.map((v) => ({
      number: v.number,
      text: `${t("agreements.version.short", { number: v.number, label: v.label })} (${t(`agreements.status.${v.status}`)})`,
    }));
    return Response.json({ reader: { canOpenWorkspace: reader.canOpenWorkspace, drafts } }, { headers: PRIVATE });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ reader: null }, { status: 404, headers: PRIVATE });
    throw error;
  }
}
