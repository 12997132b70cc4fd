import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { actingPartyId, availableAdverseEventSteps, canViewAdverseEvent, type AdverseEventState } from "@/lib/rules/adverse-events";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { getAdverseEventInput } from "./schemas";
import { visibleAdverseEventsWhere } from "./scope";
import { adverseEventInclude, toAdverseEventDto, type AdverseEventDto } from "./dto";

/**
 * One adverse event with its details, for a risk manager of one of its parties only (not visible →
 * NotFoundError, and nothing is logged). Every successful read writes an AdverseEventAccessLog row
 * *before* the details are returned, as referral reads do (get-referral.ts); the log is append-only.
 */
export async function getAdverseEvent(actor: Actor | null, input: unknown, options: { purpose?: string } = {}): Promise<AdverseEventDto> {
  const data = parseInput(getAdverseEventInput, input);
  const current = requireSignedIn(actor);

  const row = await db.adverseEvent.findFirst({ where: { AND: [{ id: data.eventId }, visibleAdverseEventsWhere(current)] }, include: adverseEventInclude });
  if (!row) throw new NotFoundError();
  const state: AdverseEventState = { status: row.status, partyIds: row.parties.map((p) => p.organisation.id), primaryHandlerOrganisationId: row.primaryHandlerOrganisationId };
  ensureAllowed(canViewAdverseEvent(current, state));

  await db.adverseEventAccessLog.create({
    data: { eventId: row.id, userId: current.userId, organisationId: actingPartyId(current, state)!, purpose: options.purpose ?? "view" },
  });
  return toAdverseEventDto(row, availableAdverseEventSteps(current, state));
}
