import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canReadVersion, type VersionFacts } from "@/lib/rules/agreements";
import { factsOf } from "./version-facts";
import type { AgreementStatus, AssessmentStatus, ConsultationOutcome, PartyKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput } from "@/lib/domain/pipeline";
import { versionIdInput, versionRefInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";
import { goalSelect, indicatorSelect, obligationSelect, sectionSelect, toIndicatorDto, type GoalDto, type IndicatorDto, type ObligationDto, type SectionRow } from "./dto";
import { documentOrder } from "./tree";

export type DocumentSection = SectionRow & { depth: number; obligations: ObligationDto[] };

export type VersionDocument = {
  agreement: { id: string; title: string; regionId: string; regionName: string; periodStart: Date; periodEnd: Date; generation: number };
  version: {
    id: string;
    number: number;
    label: string;
    status: AgreementStatus;
    summary: string | null;
    inForceFrom: Date | null;
    inForceTo: Date | null;
    approvedAt: Date | null;
    consultationStartedAt: Date | null;
    consultationEndsAt: Date | null;
    basedOnNumber: number | null;
    version: number;
  };
  /** The other versions of the agreement this actor may see, for navigation. */
  versions: { id: string; number: number; label: string; status: AgreementStatus }[];
  facts: VersionFacts;
  parties: {
    organisationId: string;
    name: string;
    partyKind: PartyKind;
    approvingBody: string;
    approval: { decidedOn: Date; approvingBody: string; approvedByName: string; note: string | null; recordedAt: Date } | null;
  }[];
  sections: DocumentSection[];
  goals: (GoalDto & { sectionNumber: string | null; indicators: (IndicatorDto & { forumName: string | null; measurements: { id: string; measuredOn: Date; value: string; note: string | null }[] })[] })[];
  requirements: {
    id: string;
    code: string;
    title: string;
    items: {
      id: string;
      code: string;
      text: string;
      assessment: { id: string; status: AssessmentStatus; comment: string | null; version: number; sections: { id: string; number: string; title: string }[] } | null;
    }[];
  }[];
  consultationResponses: {
    id: string;
    respondent: string;
    organisationName: string | null;
    sectionId: string | null;
    sectionNumber: string | null;
    text: string;
    outcome: ConsultationOutcome;
    comment: string | null;
    receivedOn: Date;
    version: number;
  }[];
};

/** A version of an agreement by its number (the public URL), everything its page shows. */
export async function getVersionDocument(actor: Actor | null, input: unknown): Promise<VersionDocument> {
  const data = parseInput(versionRefInput, input);
  const row = await db.agreementVersion.findFirst({
    where: { AND: [{ agreementId: data.agreementId, number: data.number }, visibleVersionsWhere(actor)] }, // scoped: drafts for the parties' coordinators
    select: { id: true },
  });
  if (!row) throw new NotFoundError();
  return loadDocument(actor, row.id);
}

/** The same by version id (the editing pages). */
export async function getVersionDocumentById(actor: Actor | null, input: unknown): Promise<VersionDocument> {
  const data = parseInput(versionIdInput, input);
  return loadDocument(actor, data.versionId);
}

async function loadDocument(actor: Actor | null, versionId: string): Promise<VersionDocument> {
  const v = await db.agreementVersion.findFirst({
    where: { AND: [{ id: versionId }, visibleVersionsWhere(actor)] }, // scoped
    select: {
      id: true,
      number: true,
      label: true,
      status: true,
      summary: true,
      inForceFrom: true,
      inForceTo: true,
      approvedAt: true,
      consultationStartedAt: true,
      consultationEndsAt: true,
      version: true,
      basedOnVersion: { select: { number: true } },
      agreement: { select: { id: true, title: true, regionId: true, periodStart: true, periodEnd: true, generation: true, region: { select: { name: true } } } },
      parties: { select: { organisationId: true, partyKind: true, approvingBody: true, organisation: { select: { name: true } } } },
      approvals: { select: { organisationId: true, decidedOn: true, approvingBody: true, note: true, createdAt: true, approvedBy: { select: { name: true } } } },
    },
  });
  if (!v) throw new NotFoundError();
  const facts = factsOf(v);
  ensureAllowed(canReadVersion(actor, facts));

  const [versions, sections, obligations, goals, requirements, assessments, responses] = await Promise.all([
    db.agreementVersion.findMany({
      where: { AND: [{ agreementId: v.agreement.id }, visibleVersionsWhere(actor)] },
      select: { id: true, number: true, label: true, status: true },
      orderBy: { number: "asc" },
    }),
    db.section.findMany({ where: { versionId: v.id }, select: sectionSelect }),
    db.obligation.findMany({ where: { section: { versionId: v.id } }, select: obligationSelect, orderBy: [{ position: "asc" }] }),
    db.goal.findMany({
      where: { versionId: v.id },
      select: {
        ...goalSelect,
        section: { select: { number: true } },
        indicators: {
          select: {
            ...indicatorSelect,
            responsibleForum: { select: { name: true } },
            measurements: { select: { id: true, measuredOn: true, value: true, note: true }, orderBy: { measuredOn: "asc" } },
          },
          orderBy: { name: "asc" },
        },
      },
      orderBy: [{ position: "asc" }],
    }),
    db.requirement.findMany({ select: { id: true, code: true, title: true, items: { select: { id: true, code: true, text: true }, orderBy: { position: "asc" } } }, orderBy: { position: "asc" } }),
    db.requirementAssessment.findMany({
      where: { versionId: v.id },
      select: { id: true, itemId: true, status: true, comment: true, version: true, sections: { select: { section: { select: { id: true, number: true, title: true } } } } },
    }),
    db.consultationResponse.findMany({
      where: { versionId: v.id },
      select: {
        id: true,
        respondent: true,
        organisation: { select: { name: true } },
        section: { select: { id: true, number: true } },
        text: true,
        outcome: true,
        comment: true,
        receivedOn: true,
        version: true,
      },
      orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
    }),
  ]);

  const bySection = new Map<string, ObligationDto[]>();
  for (const o of obligations) bySection.set(o.sectionId, [...(bySection.get(o.sectionId) ?? []), o]);
  const approvals = new Map(v.approvals.map((a) => [a.organisationId, a]));
  const assessmentByItem = new Map(assessments.map((a) => [a.itemId, a]));

  return {
    agreement: {
      id: v.agreement.id,
      title: v.agreement.title,
      regionId: v.agreement.regionId,
      regionName: v.agreement.region.name,
      periodStart: v.agreement.periodStart,
      periodEnd: v.agreement.periodEnd,
      generation: v.agreement.generation,
    },
    version: {
      id: v.id,
      number: v.number,
      label: v.label,
      status: v.status,
      summary: v.summary,
      inForceFrom: v.inForceFrom,
      inForceTo: v.inForceTo,
      approvedAt: v.approvedAt,
      consultationStartedAt: v.consultationStartedAt,
      consultationEndsAt: v.consultationEndsAt,
      basedOnNumber: v.basedOnVersion?.number ?? null,
      version: v.version,
    },
    versions,
    facts,
    parties: v.parties
      .map((p) => {
        const a = approvals.get(p.organisationId);
        return {
          organisationId: p.organisationId,
          name: p.organisation.name,
          partyKind: p.partyKind,
          approvingBody: p.approvingBody,
          approval: a ? { decidedOn: a.decidedOn, approvingBody: a.approvingBody, approvedByName: a.approvedBy.name, note: a.note, recordedAt: a.createdAt } : null,
        };
      })
      // the region first, then the municipalities alphabetically (Danish order)
      .sort((a, b) => (a.partyKind === "REGION" ? -1 : b.partyKind === "REGION" ? 1 : a.name.localeCompare(b.name, "da"))),
    sections: documentOrder(sections).map((s) => ({ ...s, obligations: bySection.get(s.id) ?? [] })),
    goals: goals.map(({ section, indicators, ...g }) => ({
      ...g,
      sectionNumber: section?.number ?? null,
      indicators: indicators.map(({ responsibleForum, measurements, ...i }) => ({
        ...toIndicatorDto(i),
        forumName: responsibleForum?.name ?? null,
        measurements: measurements.map((m) => ({ id: m.id, measuredOn: m.measuredOn, value: m.value.toString(), note: m.note })),
      })),
    })),
    requirements: requirements.map((r) => ({
      ...r,
      items: r.items.map((item) => {
        const a = assessmentByItem.get(item.id);
        return {
          ...item,
          assessment: a ? { id: a.id, status: a.status, comment: a.comment, version: a.version, sections: a.sections.map((l) => l.section) } : null,
        };
      }),
    })),
    consultationResponses: responses.map((r) => ({
      id: r.id,
      respondent: r.respondent,
      organisationName: r.organisation?.name ?? null,
      sectionId: r.section?.id ?? null,
      sectionNumber: r.section?.number ?? null,
      text: r.text,
      outcome: r.outcome,
      comment: r.comment,
      receivedOn: r.receivedOn,
      version: r.version,
    })),
  };
}
