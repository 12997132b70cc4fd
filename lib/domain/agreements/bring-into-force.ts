import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canBringIntoForce } from "@/lib/rules/agreements";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { bringIntoForceInput } from "./schemas";
import { factsOf, loadVersionForChange, lockAgreementRow } from "./version-facts";
import { visibleVersionsWhere } from "./scope";
import { isoDay, todayInDenmark } from "./dates";
import { comeIntoForce } from "./come-into-force";
import type { VersionStateDto } from "./dto";

/**
 * APPROVED → IN_FORCE from the version's start date (its own; else the agreement's period start for
 * the original version and the day it is brought into force for an amendment).
 * The version in force until now becomes SUPERSEDED, in force to the day before — one step, so an
 * agreement never has two versions in force.
 */
export async function bringIntoForce(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(bringIntoForceInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const found = await tx.agreementVersion.findFirst({ where: { AND: [{ id: data.versionId }, visibleVersionsWhere(current)] }, select: { agreementId: true } });
    if (!found) throw new NotFoundError();
    await lockAgreementRow(tx, found.agreementId); // lifecycle steps of one agreement take turns
    const version = await loadVersionForChange(tx, current, data.versionId, "update");
    const today = todayInDenmark();
    // The start date: the version's own; else the agreement's period start for the original, today for an amendment.
    const startsOn = version.inForceFrom ? isoDay(version.inForceFrom) : version.number === 1 ? isoDay(version.agreement.periodStart) : today;
    ensureAllowed(canBringIntoForce(current, { ...factsOf(version), startsOn }, today));

    return comeIntoForce(tx, current, version, startsOn);
  });
}
