import { getHsdsService } from "@/lib/domain/offers/get-hsds-service";
import { NotFoundError } from "@/lib/domain/errors";
import { isId } from "@/lib/validation/primitives";
import { respond } from "../../_lib/respond";

/** GET /api/hsds/services/{id} — one published offer as an HSDS 3.0 service; 404 otherwise. */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  // A path segment that cannot be an id (a NUL byte, a broken escape…) names nothing: 404, like an unknown id.
  return respond(() => (isId(id) ? getHsdsService({ id }) : Promise.reject(new NotFoundError())));
}
