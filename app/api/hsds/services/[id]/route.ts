import { getHsdsService } from "@/lib/domain/offers/get-hsds-service";
import { respond } from "../../_lib/respond";

/** GET /api/hsds/services/{id} — one published offer as an HSDS 3.0 service; 404 otherwise. */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return respond(() => getHsdsService({ id }));
}
