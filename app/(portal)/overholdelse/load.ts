import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/rules/actor";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import { ForbiddenError, InvalidError } from "@/lib/domain/errors";
import { first } from "@/lib/validation/primitives";

export type ComplianceParams = Record<string, string | string[] | undefined>;

export const complianceInput = (params: ComplianceParams) => ({ regionId: first(params.region) ?? "", year: first(params.aar) ?? "" });

/** The page's load: a hand-edited URL gets the defaults; no right to the figures is the 404. */
export function loadCompliance(actor: Actor, params: ComplianceParams) {
  return complianceView(actor, complianceInput(params))
    .catch((error: unknown) => {
      if (error instanceof InvalidError) return complianceView(actor, {});
      throw error;
    })
    .catch((error: unknown) => {
      if (error instanceof ForbiddenError) notFound();
      throw error;
    });
}
