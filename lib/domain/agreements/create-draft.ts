import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canCreateDraft } from "@/lib/rules/agreements";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { createDraftInput } from "./schemas";
import type { VersionStateDto } from "./dto";
import { isoDay } from "./dates";

const periodTaken = () => new InvalidError("errors.invalid", { periodStart: ["validation.agreements.periodTaken"] });

/** The approving body of each kind of party (data, in Danish: it is what the councils are called). */
export const APPROVING_BODY = { REGION: "Regionsrådet", MUNICIPALITY: "Kommunalbestyrelsen" } as const;

/**
 * A region's coordinator creates a new agreement for a period: its first version, a draft, with the
 * region and every municipality of the region as parties (general practice is bound through the
 * practice plan, not a party).
 */
export async function createDraft(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(createDraftInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canCreateDraft(current, { regionId: data.regionId }));

  try {
    return await db.$transaction(async (tx) => {
      const region = await tx.organisation.findFirst({ where: { id: data.regionId, kind: "REGION" }, select: { id: true } });
      if (!region) throw new NotFoundError();
      if (await tx.agreement.findFirst({ where: { regionId: region.id, periodStart: data.periodStart }, select: { id: true } })) throw periodTaken();
      const municipalities = await tx.organisation.findMany({ where: { kind: "MUNICIPALITY", regionId: region.id }, select: { id: true }, orderBy: { name: "asc" } });

      const agreement = await tx.agreement.create({
        data: {
          regionId: region.id,
          title: data.title,
          periodStart: data.periodStart,
          periodEnd: data.periodEnd,
          generation: data.generation,
          versions: {
            create: {
              number: 1,
              label: data.label ?? `Sundhedsaftale ${isoDay(data.periodStart).slice(0, 4)}–${isoDay(data.periodEnd).slice(0, 4)}`,
              status: "DRAFT",
              parties: {
                create: [
                  { organisationId: region.id, partyKind: "REGION", approvingBody: APPROVING_BODY.REGION },
                  ...municipalities.map((m) => ({ organisationId: m.id, partyKind: "MUNICIPALITY" as const, approvingBody: APPROVING_BODY.MUNICIPALITY })),
                ],
              },
            },
          },
        },
        include: { versions: { select: { id: true, number: true, status: true, version: true } } },
      });
      const version = agreement.versions[0];
      await recordAuditEvent(tx, current, {
        action: "agreement.create",
        entityType: "Agreement",
        entityId: agreement.id,
        after: {
          regionId: agreement.regionId,
          title: agreement.title,
          periodStart: isoDay(agreement.periodStart),
          periodEnd: isoDay(agreement.periodEnd),
          generation: agreement.generation,
          versionId: version.id,
          parties: municipalities.length + 1,
        },
      });
      return { id: version.id, agreementId: agreement.id, number: version.number, status: version.status, version: version.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw periodTaken();
    throw error;
  }
}
