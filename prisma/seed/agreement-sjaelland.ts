/**
 * Region Sjælland's health agreement 2015–2018 (demo): the agreement, version 1 in force, its parties
 * and their approvals, the section tree with obligations, goals and benchmarks with indicators and
 * measurements, the requirement assessment and two consultation responses.
 * Natural keys: Agreement (region, periodStart), AgreementVersion (agreement, number),
 * Section (version, lineageId); child rows without natural keys get deterministic ids.
 */
import { BENCHMARKS, GOALS, type GoalData } from "./agreement-sjaelland-goals";
import { SECTIONS } from "./agreement-sjaelland-sections";
import type { SjaellandForums } from "./forums-sjaelland";
import { M, REGION_SJAELLAND, type OrgIndex } from "./organisations";
import type { DemoEmail, UserIndex } from "./users";
import { date, danishTime, prng, seedId, slug, type Tx } from "./util";

const KEY = "sjl1518";
const SOURCE = "Sundhedsaftale 2015–2018";
/** Municipalities whose council is called "Byrådet"; the others use "Kommunalbestyrelsen". */
const BYRAAD = new Set<string>([M.roskilde, M.koege, M.holbaek, M.naestved, M.slagelse]);
/** Municipalities whose own coordinator recorded the approval; the region recorded the others. */
const RECORDED_BY: Record<string, DemoEmail> = {
  [M.roskilde]: "koordinator.roskilde@demo.dk",
  [M.naestved]: "koordinator.naestved@demo.dk",
  [M.slagelse]: "koordinator.slagelse@demo.dk",
  [M.koege]: "koordinator.koege@demo.dk",
};
/** Council meetings in late 2014 at which the municipalities approved the agreement. */
const COUNCIL_DATES = ["2014-10-28", "2014-10-30", "2014-11-11", "2014-11-13", "2014-11-25", "2014-11-27", "2014-12-09", "2014-12-11", "2014-12-16", "2014-12-17"];

/** Requirement assessment of version 1: status, comment and the section numbers it is linked to. */
const ASSESSMENTS: { item: string; status: "MET" | "PARTLY" | "MISSING"; comment: string; sections: string[] }[] = [
  { item: "5.1.a", status: "MET", comment: "Ansvaret for den patientrettede forebyggelse er beskrevet for alle tre parter.", sections: ["2.1", "2.1.3"] },
  { item: "5.1.b", status: "MET", comment: "Kommunernes ansvar og regionens rådgivningsforpligtelse fremgår tydeligt.", sections: ["2.1"] },
  { item: "5.1.c", status: "PARTLY", comment: "Borgere med sindslidelse er kun beskrevet i forhold til behandling, ikke forebyggelse.", sections: ["2.2.4"] },
  { item: "5.2.a", status: "MET", comment: "Henvisning til konkret tilbud eller afklarende samtale er beskrevet.", sections: ["2.1.1"] },
  { item: "5.2.b", status: "MET", comment: "XREF15, kvittering og slutstatus (XDIS15) er aftalt med frister.", sections: ["2.1.1", "2.4.1"] },
  { item: "5.2.c", status: "MET", comment: "Indhold og samtykke er beskrevet; tjeklisten ligger i værktøjskassen.", sections: ["2.1.1", "2.1.4"] },
  { item: "5.3.a", status: "PARTLY", comment: "Standarder for patientuddannelse er aftalt; fælles standarder for de borgerrettede tilbud mangler.", sections: ["2.1.3"] },
  { item: "5.3.b", status: "PARTLY", comment: "Kravet gælder de sygdomsspecifikke tilbud, men ikke eksplicit de generelle tilbud.", sections: ["2.1.1"] },
  { item: "5.3.c", status: "MET", comment: "Tilbudsoversigten og kravet om løbende bekræftelse dækker punktet.", sections: ["2.1.1", "2.1.4"] },
  { item: "5.4.a", status: "MET", comment: "Pejlemærke 4, 5, 7 og 10 har indikatorer, datakilder og hyppighed.", sections: ["5.2"] },
  { item: "5.4.b", status: "MET", comment: "Slutstatus til lægen inden for 5 hverdage er en skal-regel.", sections: ["2.1.1"] },
  { item: "5.4.c", status: "MET", comment: "Årlig status til Sundhedskoordinationsudvalget er aftalt.", sections: ["4.1", "5.2"] },
  { item: "5.5.a", status: "MET", comment: "KOL, type 2-diabetes og hjertesygdom er fælles målgrupper.", sections: ["2.1.3"] },
  { item: "5.5.b", status: "PARTLY", comment: "Forløbsprogrammerne er nævnt, men implementeringen er ikke konkretiseret for kræft og lænde-ryg.", sections: ["2.1.3", "3.3"] },
  { item: "5.5.c", status: "MISSING", comment: "Samarbejde mellem kommuner om tilbud er ikke beskrevet; indarbejdes ved næste revision.", sections: ["2.1"] },
  { item: "5.6.a", status: "PARTLY", comment: "Midtvejs- og slutstatus er aftalt, men der er ingen egentlig evaluering af forebyggelsesdelen.", sections: ["5.2"] },
  { item: "5.6.b", status: "MISSING", comment: "Aftalen beskriver ikke, hvordan den revideres i perioden.", sections: ["5"] },
];

const CONSULTATION = [
  {
    key: "danske-patienter",
    respondent: "Danske Patienter",
    section: "1.2",
    receivedOn: "2014-09-22",
    text: "Danske Patienter bakker op om visionen, men savner konkrete mål for, hvordan patienter og pårørende inddrages i de tværsektorielle fora.",
    outcome: "NOTED" as const,
    comment: "Taget til efterretning. Brugerrepræsentation i fora og arbejdsgrupper er skrevet ind i afsnit 1.2 og følges op i implementeringsplanen.",
  },
  {
    key: "plo-sjaelland",
    respondent: "PLO Sjælland",
    section: "2.2.1",
    receivedOn: "2014-09-26",
    text: "PLO Sjælland ønsker en fast frist på én hverdag for sygehusenes fremsendelse af epikrise til almen praksis.",
    outcome: "REJECTED" as const,
    comment: "Afvist. Parterne fastholder, at epikrisen sendes efter en faglig vurdering, så snart det er forsvarligt; rettidigheden følges i stedet via MedCom-statistikken.",
  },
];

export async function seedAgreementSjaelland(
  tx: Tx,
  orgs: OrgIndex,
  users: UserIndex,
  forums: SjaellandForums,
  requirementItems: Map<string, string>,
): Promise<{ versionId: string }> {
  const regionId = orgs.region(REGION_SJAELLAND);
  const coordinator = users["koordinator.region@demo.dk"];

  const agreementData = {
    title: "Sundhedsaftale 2015–2018 for Region Sjælland og de 17 kommuner",
    periodEnd: date("2018-12-31"),
    generation: 3,
  };
  const { id: agreementId } = await tx.agreement.upsert({
    where: { regionId_periodStart: { regionId, periodStart: date("2015-01-01") } },
    create: { id: seedId("agreement", KEY), regionId, periodStart: date("2015-01-01"), ...agreementData },
    update: agreementData,
    select: { id: true },
  });

  const versionData = {
    label: "Sundhedsaftale 2015–2018",
    status: "IN_FORCE" as const,
    summary:
      "Den tredje generation af sundhedsaftaler i Region Sjælland: vision, fire politiske mål og ti pejlemærker, aftaler om forebyggelse, behandling og pleje, genoptræning og rehabilitering samt sundheds-it, projekter og organisering.",
    consultationStartedAt: danishTime("2014-08-15 09:00"),
    consultationEndsAt: date("2014-09-30"),
    approvedAt: danishTime("2015-01-20 12:00"),
    inForceFrom: date("2015-01-01"),
    inForceTo: date("2018-12-31"),
  };
  const { id: versionId } = await tx.agreementVersion.upsert({
    where: { agreementId_number: { agreementId, number: 1 } },
    create: { id: seedId("agreement-version", KEY, 1), agreementId, number: 1, ...versionData },
    update: versionData,
    select: { id: true },
  });

  // Parties and their approvals: the region and its 17 municipalities.
  const municipalities = [...orgs.municipalities.entries()].filter(([, m]) => m.regionCode === REGION_SJAELLAND);
  if (municipalities.length !== 17) throw new Error(`seed: expected 17 municipalities in Region Sjælland, found ${municipalities.length}`);
  const parties = [
    { organisationId: regionId, partyKind: "REGION" as const, approvingBody: "Regionsrådet", decidedOn: "2014-12-15", recordedBy: coordinator, note: "Godkendt på regionsrådets møde." },
    ...municipalities.map(([code, m]) => ({
      organisationId: m.id,
      partyKind: "MUNICIPALITY" as const,
      approvingBody: BYRAAD.has(code) ? "Byrådet" : "Kommunalbestyrelsen",
      decidedOn: COUNCIL_DATES[Math.floor(prng(`council-${code}`)() * COUNCIL_DATES.length)],
      recordedBy: RECORDED_BY[code] ? users[RECORDED_BY[code]] : coordinator,
      note: RECORDED_BY[code] ? null : "Registreret af sundhedsaftalesekretariatet på baggrund af protokoludskrift.",
    })),
  ];
  for (const p of parties) {
    const where = { versionId_organisationId: { versionId, organisationId: p.organisationId } };
    await tx.agreementParty.upsert({
      where,
      create: { id: seedId("agreement-party", KEY, p.organisationId), versionId, organisationId: p.organisationId, partyKind: p.partyKind, approvingBody: p.approvingBody },
      update: { partyKind: p.partyKind, approvingBody: p.approvingBody },
    });
    const approval = { approvedById: p.recordedBy, decidedOn: date(p.decidedOn), approvingBody: p.approvingBody, note: p.note };
    await tx.partyApproval.upsert({
      where,
      create: { id: seedId("party-approval", KEY, p.organisationId), versionId, organisationId: p.organisationId, ...approval },
      update: approval,
    });
  }

  // Sections, parents first (the table is in document order), with revision 1 and obligations.
  const sectionIds = new Map<string, string>();
  const positions = new Map<string, number>();
  for (const s of SECTIONS) {
    const parentNumber = s.number.includes(".") ? s.number.slice(0, s.number.lastIndexOf(".")) : null;
    const parentId = parentNumber ? sectionIds.get(parentNumber) : null;
    if (parentNumber && !parentId) throw new Error(`seed: section ${s.number} comes before its parent ${parentNumber}`);
    const siblingKey = parentNumber ?? "";
    const position = positions.get(siblingKey) ?? 0;
    positions.set(siblingKey, position + 1);

    const lineageId = seedId(KEY, "section", s.number);
    const data = { parentId: parentId ?? null, kind: s.kind, number: s.number, title: s.title, body: s.body, layer: s.layer, area: s.area, position };
    const { id: sectionId } = await tx.section.upsert({
      where: { versionId_lineageId: { versionId, lineageId } },
      create: { id: seedId(KEY, "v1-section", s.number), versionId, lineageId, ...data },
      update: data,
      select: { id: true },
    });
    sectionIds.set(s.number, sectionId);

    const revision = { number: s.number, title: s.title, body: s.body, authorId: coordinator, createdAt: danishTime("2014-11-03 10:00") };
    await tx.sectionRevision.upsert({
      where: { sectionId_revision: { sectionId, revision: 1 } },
      create: { sectionId, revision: 1, ...revision },
      update: revision,
    });

    for (const [n, o] of (s.obligations ?? []).entries()) {
      const id = seedId(KEY, "v1-obligation", s.number, n + 1);
      const obligation = {
        sectionId,
        lineageId: seedId(KEY, "obligation", s.number, n + 1),
        responsibleParty: o.party,
        action: o.action,
        trigger: o.trigger,
        deadlineAmount: o.amount ?? null,
        deadlineUnit: o.unit ?? null,
        channel: o.channel ?? null,
        modality: o.modality,
        source: `${SOURCE}, afsnit ${s.number}`,
        referralMilestone: o.milestone ?? null,
        workflowDeadline: o.workflow ?? null,
        position: n,
      };
      await tx.obligation.upsert({ where: { id }, create: { id, ...obligation }, update: obligation });
    }
  }
  const section = (number: string) => {
    const id = sectionIds.get(number);
    if (!id) throw new Error(`seed: unknown section ${number}`);
    return id;
  };

  // Goals and benchmarks.
  const goalRows: { kind: "GOAL" | "BENCHMARK"; goal: GoalData; position: number }[] = [
    ...GOALS.map((goal, position) => ({ kind: "GOAL" as const, goal, position })),
    ...BENCHMARKS.map((goal, position) => ({ kind: "BENCHMARK" as const, goal, position })),
  ];
  for (const { kind, goal, position } of goalRows) {
    const id = seedId(KEY, "v1", kind, goal.number);
    const data = {
      versionId,
      sectionId: section(goal.section),
      lineageId: seedId(KEY, kind, goal.number),
      kind,
      number: goal.number,
      statement: goal.statement,
      direction: goal.direction,
      description: goal.description ?? null,
      midTermStatus: goal.midTermStatus ?? null,
      finalStatus: goal.finalStatus ?? null,
      position,
    };
    await tx.goal.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  for (const benchmark of BENCHMARKS) {
    const goalId = seedId(KEY, "v1", "BENCHMARK", benchmark.number);
    const indicatorId = seedId(KEY, "v1-indicator", benchmark.number);
    const { measurements, forum, ...indicator } = benchmark.indicator;
    const data = { goalId, ...indicator, responsibleForumId: forums[forum] };
    await tx.indicator.upsert({ where: { id: indicatorId }, create: { id: indicatorId, ...data }, update: data });
    for (const m of measurements) {
      const measurement = { value: m.value, note: m.note ?? null, recordedById: coordinator };
      await tx.measurement.upsert({
        where: { indicatorId_measuredOn: { indicatorId, measuredOn: date(m.on) } },
        create: { indicatorId, measuredOn: date(m.on), ...measurement },
        update: measurement,
      });
    }
  }

  // Requirement checklist for this version.
  for (const a of ASSESSMENTS) {
    const itemId = requirementItems.get(a.item);
    if (!itemId) throw new Error(`seed: unknown requirement item ${a.item}`);
    const { id: assessmentId } = await tx.requirementAssessment.upsert({
      where: { versionId_itemId: { versionId, itemId } },
      create: { id: seedId(KEY, "v1-assessment", a.item), versionId, itemId, status: a.status, comment: a.comment },
      update: { status: a.status, comment: a.comment },
      select: { id: true },
    });
    await tx.requirementAssessmentSection.createMany({
      data: a.sections.map((number) => ({ assessmentId, sectionId: section(number) })),
      skipDuplicates: true,
    });
  }

  // Consultation responses (høringssvar).
  for (const c of CONSULTATION) {
    const id = seedId(KEY, "v1-consultation", slug(c.key));
    const data = { versionId, sectionId: section(c.section), respondent: c.respondent, text: c.text, outcome: c.outcome, comment: c.comment, receivedOn: date(c.receivedOn) };
    await tx.consultationResponse.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  return { versionId };
}
