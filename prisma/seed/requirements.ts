/**
 * Reference data (also in production): Sundhedsstyrelsen's 2007 requirements (krav 5.1–5.6) for the
 * prevention part of a health agreement, with their sub-points as the checklist every agreement is
 * assessed against. Natural keys: Requirement.code and RequirementItem.code.
 */
import { seedId, type Tx } from "./util";

export interface RequirementData {
  code: string;
  title: string;
  items: { code: string; text: string }[];
}

export const REQUIREMENTS: RequirementData[] = [
  {
    code: "5.1",
    title: "Ansvars- og opgavefordeling for forebyggelse",
    items: [
      { code: "5.1.a", text: "Aftalen beskriver ansvars- og opgavefordelingen mellem region, kommuner og almen praksis for den patientrettede forebyggelse." },
      { code: "5.1.b", text: "Aftalen beskriver kommunernes ansvar for den borgerrettede forebyggelse og regionens rådgivning af kommunerne herom." },
      { code: "5.1.c", text: "Aftalen beskriver ansvaret for forebyggelse over for særlige målgrupper, fx borgere med kronisk sygdom eller sindslidelse." },
    ],
  },
  {
    code: "5.2",
    title: "Henvisning og informationsudveksling",
    items: [
      { code: "5.2.a", text: "Det fremgår, hvordan praktiserende læger og sygehuse henviser borgere til kommunale forebyggelsestilbud." },
      { code: "5.2.b", text: "Der er aftalt elektronisk kommunikation efter MedCom-standarder ved henvisning, kvittering og afslutning af forløb." },
      { code: "5.2.c", text: "Det fremgår, hvilke oplysninger der udveksles, og hvordan borgerens samtykke indhentes og noteres." },
    ],
  },
  {
    code: "5.3",
    title: "Kvalitet og standarder for forebyggelsestilbud",
    items: [
      { code: "5.3.a", text: "Der er aftalt fælles standarder for tilbuddenes indhold, personalets kompetencer og evidensgrundlag." },
      { code: "5.3.b", text: "Kun tilbud, der lever op til de fælles standarder, indgår i oversigten over forebyggelsestilbud." },
      { code: "5.3.c", text: "Tilbuddene er beskrevet, så den henvisende læge kender indhold, tid, sted, målgruppe og henvisningsprocedure." },
    ],
  },
  {
    code: "5.4",
    title: "Opfølgning og monitorering",
    items: [
      { code: "5.4.a", text: "Der er aftalt indikatorer, datakilder og hyppighed for opfølgning på forebyggelsesindsatsen." },
      { code: "5.4.b", text: "Den henvisende læge modtager slutstatus, når borgerens forløb afsluttes eller afbrydes." },
      { code: "5.4.c", text: "Der følges op på forebyggelsesdelen af aftalen mindst én gang om året i sundhedskoordinationsudvalget." },
    ],
  },
  {
    code: "5.5",
    title: "Samarbejde om fælles målgrupper og indsatser",
    items: [
      { code: "5.5.a", text: "Der er aftalt samarbejde om fælles målgrupper, fx borgere med KOL, type 2-diabetes eller hjertesygdom." },
      { code: "5.5.b", text: "Forløbsprogrammerne for kronisk sygdom er omsat til konkrete, tværsektorielle indsatser." },
      { code: "5.5.c", text: "Kommuner, der ikke selv kan tilbyde et forløb, kan aftale med en anden kommune, at dennes tilbud bruges." },
    ],
  },
  {
    code: "5.6",
    title: "Evaluering og revision",
    items: [
      { code: "5.6.a", text: "Det fremgår, hvordan og hvornår forebyggelsesdelen af aftalen evalueres." },
      { code: "5.6.b", text: "Aftalen revideres ved ændringer i lovgivning eller opgavefordeling og mindst én gang i aftaleperioden." },
    ],
  },
];

/** Returns the RequirementItem id by item code. */
export async function seedRequirements(tx: Tx): Promise<Map<string, string>> {
  const itemIds = new Map<string, string>();
  for (const [position, requirement] of REQUIREMENTS.entries()) {
    const { id: requirementId } = await tx.requirement.upsert({
      where: { code: requirement.code },
      create: { id: seedId("requirement", requirement.code), code: requirement.code, title: requirement.title, position },
      update: { title: requirement.title, position },
      select: { id: true },
    });
    for (const [itemPosition, item] of requirement.items.entries()) {
      const { id } = await tx.requirementItem.upsert({
        where: { code: item.code },
        create: { id: seedId("requirement-item", item.code), requirementId, code: item.code, text: item.text, position: itemPosition },
        update: { requirementId, text: item.text, position: itemPosition },
        select: { id: true },
      });
      itemIds.set(item.code, id);
    }
  }
  return itemIds;
}
