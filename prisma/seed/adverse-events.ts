/**
 * Demo adverse events and task transfers across sectors (issue 14), marked as demo data: references UH-DEMO-NN and DPSD
 * references DEMO-DPSD-…; the texts are written for the demo and describe no real event or person.
 * Region Sjælland: events between Roskilde Kommune, the region and Sjællands Universitetshospital in
 * every state — a new report, a serious event in analysis, cases closed within and after their 90
 * days, and one open past its deadline — so the compliance view shows a missed deadline.
 * Natural key: AdverseEvent.reference; parties by (event, organisation).
 */
import type { AdverseEventGrade, AdverseEventStatus } from "@/lib/generated/prisma/enums";
import { deadlineAfter } from "../../lib/calendar";
import { ADVERSE_EVENT_CLOSE_RULE } from "../../lib/rules/adverse-events";
import { M, REGION_SJAELLAND, type OrgIndex } from "./organisations";
import type { UserIndex } from "./users";
import { addDays, addHours, seedId, type Tx } from "./util";

type Party = "roskilde" | "region" | "suh" | "koege";

interface DemoEvent {
  n: number;
  reporter: Party;
  parties: Party[];
  daysAgo: number;
  status: AdverseEventStatus;
  grade?: AdverseEventGrade;
  handler?: Party;
  /** Days after reporting the case was closed. */
  closedAfter?: number;
  title: string;
  description: string;
  analysisGroup?: string;
  analysis?: string;
  actionPlan?: string;
  implementationCriteria?: string;
  summary?: string;
}

const EVENTS: DemoEvent[] = [
  {
    n: 1, reporter: "roskilde", parties: ["roskilde", "suh"], daysAgo: 3, status: "REPORTED",
    title: "Udskrevet uden opdateret medicinliste",
    description: "Borger udskrevet fredag eftermiddag; medicinlisten i FMK var ikke afstemt. Hjemmeplejen gav den tidligere dosis af blodfortyndende medicin i to døgn.",
  },
  {
    n: 2, reporter: "roskilde", parties: ["roskilde", "region", "suh"], daysAgo: 20, status: "GRADED", grade: "SERIOUS", handler: "region",
    title: "Manglende opfølgning på prøvesvar efter udskrivelse",
    description: "Et prøvesvar, der kom efter udskrivelsen, blev hverken sendt til egen læge eller kommunen. Borgeren blev genindlagt.",
    analysisGroup: "Risikomanager, Region Sjælland (tovholder)\nAfdelingssygeplejerske, medicinsk afdeling, SUH Roskilde\nSygeplejefaglig leder, Roskilde Kommunes hjemmesygepleje",
  },
  {
    n: 3, reporter: "suh", parties: ["suh", "roskilde"], daysAgo: 60, status: "ANALYSED", grade: "NOT_SERIOUS", handler: "suh",
    title: "Hjælpemiddel ikke leveret ved udskrivelse",
    description: "Borgeren kom hjem uden den aftalte plejeseng, fordi bestillingen ikke nåede kommunen før weekenden.",
    analysis: "Bestillingen blev sendt som almindelig korrespondance i stedet for som udskrivningsrapport; kommunen så den først mandag.",
  },
  {
    n: 4, reporter: "roskilde", parties: ["roskilde", "region"], daysAgo: 150, status: "CLOSED", grade: "NOT_SERIOUS", handler: "region", closedAfter: 70,
    title: "Forkert kontaktoplysning i plejeforløbsplan",
    description: "Plejeforløbsplanen angav en nedlagt telefonlinje til kommunens sygeplejeklinik.",
    analysis: "Skabelonen hentede kontaktdata fra en forældet liste.", actionPlan: "Kontaktlisten flyttes til sundhedsaftaleportalen og vedligeholdes af kommunen.",
    implementationCriteria: "Region: skabelonen peger på portalens liste. Kommune: kvartalsvis kontrol af egne kontaktdata.",
    summary: "En skabelon hentede kontaktoplysninger fra en forældet liste. Kontaktdata vedligeholdes nu ét sted.",
  },
  {
    n: 5, reporter: "suh", parties: ["suh", "roskilde", "region"], daysAgo: 200, status: "CLOSED", grade: "SERIOUS", handler: "region", closedAfter: 104,
    title: "Tryksår opstået efter udskrivelse uden overlevering",
    description: "Risiko for tryksår var vurderet på hospitalet, men fremgik ikke af udskrivningsrapporten.",
    analysisGroup: "Risikomanagere fra region og kommune; sårsygeplejersker fra begge sektorer",
    analysis: "Udskrivningsrapportens felt for hud og tryksår var frivilligt og blev sprunget over.",
    actionPlan: "Feltet gøres obligatorisk; fælles undervisning i tryksårsforebyggelse.",
    implementationCriteria: "Region: feltet obligatorisk i alle afsnit. Kommune: sårsygeplejerske gennemgår nye udskrivelser i fire uger.",
    summary: "En vurderet risiko for tryksår fulgte ikke med ved udskrivelsen, fordi feltet var frivilligt. Feltet er nu obligatorisk.",
  },
  {
    n: 6, reporter: "roskilde", parties: ["roskilde", "region"], daysAgo: 120, status: "CLOSED", grade: "NOT_SERIOUS", handler: "region", closedAfter: 45,
    title: "Genoptræningsplan sendt til forkert kommune",
    description: "Genoptræningsplanen blev sendt til bopælskommunen fra før flytning.",
    analysis: "Adressen blev hentet fra en cache i journalsystemet.", actionPlan: "Adresseopslag ved udskrivelse i stedet for ved indlæggelse.",
    implementationCriteria: "Region: ændringen i journalsystemet er i drift.",
    summary: "En genoptræningsplan gik til den forkerte kommune efter en flytning; adressen slås nu op ved udskrivelsen.",
  },
  {
    n: 7, reporter: "koege", parties: ["koege", "region"], daysAgo: 100, status: "GRADED", grade: "NOT_SERIOUS", handler: "region",
    title: "Forsinket svar på henvendelse om sondeernæring",
    description: "Kommunens henvendelse om sondeernæring blev først besvaret efter ni dage.",
  },
  {
    n: 8, reporter: "roskilde", parties: ["roskilde", "region"], daysAgo: 250, status: "CLOSED", grade: "NOT_SERIOUS", handler: "region", closedAfter: 60,
    title: "Manglende tolk ved udskrivningssamtale",
    description: "Behovet for tolk var noteret i henvisningen, men ikke bestilt til udskrivningssamtalen.",
    analysis: "Tolkebehov blev ikke overført fra henvisningen til indlæggelsen.", actionPlan: "Tolkebehov overføres automatisk.",
    implementationCriteria: "Region: overførslen er testet og i drift.",
    summary: "Et noteret tolkebehov fulgte ikke med fra henvisning til indlæggelse; det overføres nu automatisk.",
  },
  {
    n: 9, reporter: "suh", parties: ["suh", "roskilde", "region"], daysAgo: 300, status: "CLOSED", grade: "NOT_SERIOUS", handler: "region", closedAfter: 80,
    title: "Uklar ansvarsfordeling for kateterpleje",
    description: "Hverken hospital eller kommune havde aftalt, hvem der skiftede kateter efter udskrivelsen.",
    analysis: "Sundhedsaftalens afsnit om kateterpleje var ikke kendt i afsnittet.", actionPlan: "Afsnittet formidles; opgaven fremgår af udskrivningsrapporten.",
    implementationCriteria: "Begge parter: stikprøve efter tre måneder.",
    summary: "Ansvaret for kateterpleje efter udskrivelse var uklart; aftalens afsnit er formidlet og opgaven står nu i udskrivningsrapporten.",
  },
];

export async function seedAdverseEvents(tx: Tx, orgs: OrgIndex, users: UserIndex, today: Date): Promise<number> {
  const org: Record<Party, string> = {
    roskilde: orgs.municipality(M.roskilde).id,
    koege: orgs.municipality(M.koege).id,
    region: orgs.region(REGION_SJAELLAND),
    suh: orgs.hospitals.get("suh-roskilde")!.id,
  };
  const reporters: Record<Party, string> = {
    roskilde: users["risikomanager.roskilde@demo.dk"],
    koege: users["risikomanager.roskilde@demo.dk"],
    region: users["risikomanager.region@demo.dk"],
    suh: users["risikomanager.hospital@demo.dk"],
  };
  for (const e of EVENTS) {
    const reportedAt = addHours(addDays(today, -e.daysAgo), 9);
    const closeDueAt = deadlineAfter(reportedAt, ADVERSE_EVENT_CLOSE_RULE)!;
    const reference = `UH-DEMO-${String(e.n).padStart(2, "0")}`;
    const data = {
      dpsdReference: `DEMO-DPSD-${String(400_000 + e.n * 137)}`,
      title: e.title,
      description: e.description,
      reportingOrganisationId: org[e.reporter],
      reportedById: reporters[e.reporter],
      reportedAt,
      closeDueAt,
      status: e.status,
      grade: e.grade ?? null,
      primaryHandlerOrganisationId: e.handler ? org[e.handler] : null,
      analysisGroup: e.analysisGroup ?? null,
      analysis: e.analysis ?? null,
      actionPlan: e.actionPlan ?? null,
      implementationCriteria: e.implementationCriteria ?? null,
      summary: e.summary ?? null,
      gradedAt: e.grade ? addDays(reportedAt, 5) : null,
      analysedAt: e.analysis ? addDays(reportedAt, 30) : null,
      closedAt: e.closedAfter !== undefined ? addDays(reportedAt, e.closedAfter) : null,
    };
    const { id } = await tx.adverseEvent.upsert({ where: { reference }, create: { id: seedId("adverse-event", e.n), reference, ...data }, update: data, select: { id: true } });
    for (const party of e.parties) {
      await tx.adverseEventParty.upsert({
        where: { eventId_organisationId: { eventId: id, organisationId: org[party] } },
        create: { eventId: id, organisationId: org[party] },
        update: {},
      });
    }
  }
  return EVENTS.length;
}

/**
 * Demo task transfers (issue 14), marked as demo data (references OO-DEMO-NN): Region Sjælland moves
 * IV antibiotics at home to Roskilde Kommune with three months' notice (flagged, in dialogue), and an
 * agreed one with the full six months. The responsible forum: the region's steering group (no cluster
 * or clinical management forum is seeded for Sjælland).
 */
/**
 * Demo task transfers (references OO-DEMO-NN): type A goes to the clinical management forum, type B to
 * the steering group (Region Sjælland has no cluster forum in the demo). One in dialogue with short
 * notice, one agreed with its implementation plan under way (one milestone done, one due), one
 * implemented and evaluated.
 */
export async function seedTaskTransfers(tx: Tx, orgs: OrgIndex, users: UserIndex, today: Date): Promise<number> {
  const region = orgs.region(REGION_SJAELLAND);
  const roskilde = orgs.municipality(M.roskilde).id;
  const forumOf = async (kind: "CLINICAL_MANAGEMENT" | "ADMINISTRATIVE_FORUM") => (await tx.forum.findFirst({ where: { regionId: region, kind }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id ?? null;
  const forums = { A_DEVELOPMENT: await forumOf("CLINICAL_MANAGEMENT"), B_CAPACITY: await forumOf("ADMINISTRATIVE_FORUM") };
  const regionCoordinator = users["koordinator.region@demo.dk"];
  const roskildeCoordinator = users["koordinator.roskilde@demo.dk"];
  const rows = [
    {
      reference: "OO-DEMO-01", type: "B_CAPACITY" as const, status: "PROPOSED" as const, openedAt: addDays(today, -10), effectiveFrom: addDays(today, 80), shortNotice: true,
      task: "Intravenøs antibiotikabehandling i eget hjem", patientGroup: "Borgere med komplicerede urinvejsinfektioner efter udskrivelse", patientsPerYear: 140,
      competences: "Oplæring af kommunens akutsygeplejersker (2 dage) ved medicinsk afdeling.", equipment: "Infusionspumper udlånes af hospitalet.",
      documentation: "Behandlingsplan i FMK; opfølgning i det fælles journalnotat.", economyTransferring: "Ingen driftsmidler følger opgaven.", risks: "Weekenddækning i kommunens akutfunktion.",
      economyReceiving: "", receivingAssessment: "",
      milestones: [],
      evaluation: null,
    },
    {
      reference: "OO-DEMO-02", type: "A_DEVELOPMENT" as const, status: "AGREED" as const, openedAt: addDays(today, -260), effectiveFrom: addDays(today, -40), shortNotice: false,
      task: "Blodprøvetagning i eget hjem for borgere med kronisk sygdom", patientGroup: "Borgere i hjemmesygepleje med KOL eller hjertesvigt", patientsPerYear: 600,
      competences: "E-læring og sidemandsoplæring.", equipment: "Prøvetagningsudstyr fra regionens laboratorium.", documentation: "Svar i laboratoriesystemet.",
      economyTransferring: "Ingen driftsmidler følger opgaven.", risks: "Forsinket transport af prøver.",
      economyReceiving: "Ca. 1 årsværk fordelt på distrikterne.", receivingAssessment: "Opgaven kan løftes med oplæring.",
      milestones: [
        { title: "Oplæring af hjemmesygeplejen (e-læring og sidemandsoplæring)", party: "receiving", dueOn: addDays(today, -60), completedAt: addDays(today, -62), by: roskildeCoordinator },
        { title: "Instruks for prøvetagning og transport godkendt af laboratoriet", party: "transferring", dueOn: addDays(today, 20), completedAt: null, by: null },
      ],
      evaluation: null,
    },
    {
      reference: "OO-DEMO-03", type: "A_DEVELOPMENT" as const, status: "EVALUATED" as const, openedAt: addDays(today, -420), effectiveFrom: addDays(today, -230), shortNotice: false,
      task: "Kontrol af sår med telemedicinsk vurdering", patientGroup: "Borgere med diabetiske fodsår i kommunal sårpleje", patientsPerYear: 90,
      competences: "Undervisning i billeddokumentation af sår (1 dag).", equipment: "Tablets med sårjournal.", documentation: "Billeder og vurdering i den fælles sårjournal.",
      economyTransferring: "Ingen driftsmidler følger opgaven.", risks: "Billedkvalitet; svartid ved forværring.",
      economyReceiving: "Ca. 0,3 årsværk.", receivingAssessment: "Opgaven kan løftes.",
      milestones: [
        { title: "Undervisning af sårsygeplejersker", party: "transferring", dueOn: addDays(today, -260), completedAt: addDays(today, -265), by: regionCoordinator },
        { title: "Sårjournal i brug i alle distrikter", party: "receiving", dueOn: addDays(today, -235), completedAt: addDays(today, -240), by: roskildeCoordinator },
      ],
      evaluation: "Demodata: Overdragelsen er gennemført som aftalt. Færre ambulante kontroller; svartiden ved forværring følges i klyngen.",
    },
  ];
  for (const [i, { milestones, evaluation, ...row }] of rows.entries()) {
    const evaluated = row.status === "EVALUATED";
    const data = {
      ...row,
      transferringOrganisationId: region,
      receivingOrganisationId: roskilde,
      forumId: forums[row.type],
      openedById: regionCoordinator,
      decidedAt: row.status === "PROPOSED" ? null : addDays(row.openedAt, 140),
      agreedFrom: row.status === "PROPOSED" ? null : row.effectiveFrom,
      evaluation,
      evaluatedAt: evaluated ? addDays(today, -30) : null,
      evaluatedById: evaluated ? regionCoordinator : null,
    };
    const transferId = seedId("task-transfer", i + 1);
    await tx.taskTransfer.upsert({ where: { reference: row.reference }, create: { id: transferId, ...data }, update: data });
    for (const [position, m] of milestones.entries()) {
      const id = seedId("task-transfer-milestone", i + 1, position + 1);
      const milestone = { transferId, title: m.title, party: m.party, dueOn: m.dueOn, completedAt: m.completedAt, completedById: m.by, position };
      await tx.taskTransferMilestone.upsert({ where: { id }, create: { id, ...milestone }, update: milestone });
    }
  }
  return rows.length;
}
