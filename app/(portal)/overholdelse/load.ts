import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/rules/actor";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { first, isId } from "@/lib/validation/primitives";

export type ComplianceParams = Record<string, string | string[] | undefined>;

export const complianceInput = (params: ComplianceParams) => ({ regionId: first(params.region) ?? "", year: first(params.aar) ?? "", forumId: first(params.forum) ?? "" });

/** The query that shows the same view again (the CSV, the print view, the filter form). */
export const complianceQuery = (view: { region: { id: string } | null; forum: { id: string } | null; year: number }) =>
  view.forum ? `forum=${encodeURIComponent(view.forum.id)}&aar=${view.year}` : `region=${encodeURIComponent(view.region?.id ?? "")}&aar=${view.year}`;

/** The page's load: a hand-edited URL gets the defaults (the forum kept); no right to the figures is the 404. */
export function loadCompliance(actor: Actor, params: ComplianceParams) {
  const input = complianceInput(params);
  return complianceView(actor, input)
    .catch((error: unknown) => {
      if (error instanceof InvalidError) return complianceView(actor, { forumId: isId(input.forumId) ? input.forumId : "" });
      throw error;
    })
    .catch((error: unknown) => {
      if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
      throw error;
    });
}
