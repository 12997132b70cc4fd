import { listHsdsServices } from "@/lib/domain/offers/list-hsds-services";
import { queryObject, respond } from "../_lib/respond";

/**
 * GET /api/hsds/services — published prevention offers as Open Referral HSDS 3.0 services (paginated).
 * Parameters: search, taxonomy_term_id, organization_id, modified_after, page, per_page.
 * Danish extensions: docs/decisions/007-hsds-danish-extensions.md.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(() => listHsdsServices(queryObject(request)));
}
