import { listHsdsOrganizations } from "@/lib/domain/offers/list-hsds-organizations";
import { queryObject, respond } from "../_lib/respond";

/** GET /api/hsds/organizations — the municipalities and regions that provide offers, as HSDS 3.0 organizations. */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(() => listHsdsOrganizations(queryObject(request)));
}
