import "server-only";
import type { Tx } from "@/lib/db/types";
import { canBeSecretariat } from "@/lib/rules/forums";
import { InvalidError } from "@/lib/domain/errors";

/**
 * The secretariat chosen in a forum form must exist and belong to the forum's region
 * (lib/rules/forums.ts canBeSecretariat); otherwise a message at the field.
 */
export async function ensureSecretariatInRegion(tx: Tx, forumRegionId: string, organisationId: string): Promise<void> {
  const organisation = await tx.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, kind: true, regionId: true, municipality: { select: { regionId: true } } },
  });
  const decision = canBeSecretariat(forumRegionId, organisation);
  if (!decision.allowed) throw new InvalidError("errors.invalid", { secretariatOrganisationId: [decision.reason] });
}
