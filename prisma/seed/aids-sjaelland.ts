/**
 * Demo data (issue 14, part 1): Region Sjælland's aids council and a responsibility catalogue of
 * about 40 aids across the five categories of circular no. 149/2006. Written from the general Danish
 * division of responsibility (treatment aids: the hospitals under the Health Act; aids for a
 * permanent need: the municipality under the Social Services Act §§112–113; nursing aids: the
 * municipality's home nursing, Health Act §138; rehabilitation: Health Act §140) — *not* a region's
 * adopted catalogue, and marked as demo data (AidItem.isDemo) so the pages say so.
 *
 * Natural keys: AidCatalogue.regionId, AidItem (catalogue, number), Forum (region, name).
 */
import type { AidCategory, AidParty } from "@/lib/generated/prisma/enums";
import { M, REGION_SJAELLAND, type OrgIndex } from "./organisations";
import type { UserIndex } from "./users";
import type { SjaellandForums } from "./forums-sjaelland";
import { addDays, date, seedId, type Tx } from "./util";
import { upsertForum } from "./forum-upsert";

const R: AidParty = "REGION";
const K: AidParty = "MUNICIPALITY";
const D: AidParty = "SHARED";

/** Who assesses, supplies, instructs, maintains — then the legal basis and a note. */
type Need = [assessment: AidParty, supply: AidParty, instruction: AidParty, maintenance: AidParty, legalBasis: string, note?: string];
type Row = { number: string; name: string; category: AidCategory; description: string; synonyms?: string; temporary: Need; permanent: Need; notes?: string };

const SEL112 = "servicelovens §112";
const SEL113 = "servicelovens §113";
const SUL138 = "sundhedslovens §138 (hjemmesygepleje)";
const SUL140 = "sundhedslovens §140 (genoptræning)";
const TREAT = "sundhedsloven, behandlingsredskab (cirkulære 149/2006)";

const ROWS: Row[] = [
  // 1 — treatment aids: the hospital, as part of the treatment
  { number: "1.01", name: "Iltbehandling i hjemmet", category: "TREATMENT_AID", description: "Iltkoncentrator, transportable iltflasker og tilbehør til borgere med kronisk lungesygdom eller i palliativt forløb.", synonyms: "iltapparat, iltkoncentrator", temporary: [R, R, R, R, TREAT], permanent: [R, R, R, R, TREAT, "Lungemedicinsk afdeling ordinerer og følger op; leverandøren står for drift og service."] },
  { number: "1.02", name: "CPAP-apparat ved søvnapnø", category: "TREATMENT_AID", description: "Apparat med maske til behandling af obstruktiv søvnapnø.", temporary: [R, R, R, R, TREAT], permanent: [R, R, R, R, TREAT] },
  { number: "1.03", name: "Respirator til hjemmebrug", category: "TREATMENT_AID", description: "Hjemmerespirator og sugeudstyr ved kronisk respirationssvigt (fx ALS).", temporary: [R, R, D, R, TREAT, "Sygehuset oplærer borger, pårørende og kommunens personale."], permanent: [R, R, D, R, TREAT, "Sygehuset oplærer borger, pårørende og kommunens personale; kommunen sørger for pleje."] },
  { number: "1.04", name: "Insulinpumpe og kontinuerlig glukosemåling", category: "TREATMENT_AID", description: "Insulinpumpe, sensor (CGM) og forbrugsmaterialer, når behandlingen styres af endokrinologisk afdeling.", synonyms: "sensor, cgm", temporary: [R, R, R, R, TREAT], permanent: [R, R, R, R, TREAT] },
  { number: "1.05", name: "Udstyr til hjemmedialyse", category: "TREATMENT_AID", description: "Dialysemaskine, vandbehandling og forbrugsmaterialer til hæmo- eller peritonealdialyse i hjemmet.", temporary: [R, R, R, R, TREAT], permanent: [R, R, R, R, TREAT] },
  { number: "1.06", name: "Smerte- og medicinpumpe", category: "TREATMENT_AID", description: "Bærbar pumpe til kontinuerlig smertebehandling eller antibiotika i hjemmet.", temporary: [R, R, D, R, TREAT, "Sygehuset instruerer hjemmesygeplejen i pumpens brug."], permanent: [R, R, D, R, TREAT] },
  { number: "1.07", name: "Kompressionsbehandling i behandlingsfasen", category: "TREATMENT_AID", description: "Bandagering og kompression som led i aktiv behandling af lymfødem eller venøse sår.", synonyms: "lymfødem, bandagering", temporary: [R, R, R, R, TREAT], permanent: [K, K, K, K, SEL112, "Når ødemet er stabilt, overgår kompressionsstrømper til kommunen (se 2.06)."] },
  { number: "1.08", name: "PEP-fløjte og inhalationsudstyr", category: "TREATMENT_AID", description: "Udstyr til lungefysioterapi og forstøver til inhalation, ordineret af sygehuset.", synonyms: "forstøver", temporary: [R, R, R, R, TREAT], permanent: [R, R, R, R, TREAT] },
  { number: "1.09", name: "Postoperativ ortose og skinne", category: "TREATMENT_AID", description: "Skinne eller ortose, der er en del af den operative behandling.", synonyms: "skinne, bandage", temporary: [R, R, R, R, TREAT], permanent: [K, K, K, K, SEL112, "Ortoser ved varigt behov efter afsluttet behandling: kommunen."] },
  { number: "1.10", name: "Udstyr til parenteral ernæring", category: "TREATMENT_AID", description: "Pumpe, poser og tilbehør til ernæring direkte i blodbanen i hjemmet.", temporary: [R, R, R, R, TREAT], permanent: [R, R, R, R, TREAT] },
  { number: "1.11", name: "Høreapparat", category: "TREATMENT_AID", description: "Høreapparatbehandling ved audiologisk afdeling, herunder tilpasning og service.", temporary: [R, R, R, R, "sundhedslovens §73"], permanent: [R, R, R, R, "sundhedslovens §73", "Borgeren kan vælge privat leverandør med tilskud."] },
  // 2 — aids and consumer goods: the municipality, Social Services Act
  { number: "2.01", name: "Gangredskab (gangstativ, gangvogn, albuestokke)", category: "SOCIAL_AID", description: "Gangredskaber til borgere med nedsat gangfunktion.", synonyms: "gangbuk, gangbord", temporary: [K, K, K, K, SUL140, "Kommunens hjælpemiddeldepot udlåner ved midlertidigt behov, også efter udskrivning."], permanent: [K, K, K, K, SEL112] },
  { number: "2.02", name: "Manuel kørestol", category: "SOCIAL_AID", description: "Standard- og aktivkørestol, herunder transportkørestol.", synonyms: "rullestol", temporary: [K, K, K, K, SUL140, "Korttidsudlån fra kommunens depot."], permanent: [K, K, K, K, SEL112] },
  { number: "2.03", name: "Elektrisk kørestol", category: "SOCIAL_AID", description: "El-kørestol til inden- og udendørs brug.", temporary: [K, K, K, K, SEL112, "Bevilges normalt kun ved varigt behov."], permanent: [K, K, K, K, SEL112] },
  { number: "2.04", name: "Badebænk og toiletforhøjer", category: "SOCIAL_AID", description: "Hjælpemidler til personlig hygiejne.", temporary: [K, K, K, K, SUL140], permanent: [K, K, K, K, SEL112] },
  { number: "2.05", name: "Kompressionsstrømper ved varigt behov", category: "SOCIAL_AID", description: "Medicinske kompressionsstrømper og -ærmer ved kronisk ødem.", synonyms: "støttestrømper", temporary: [R, R, R, R, TREAT, "I behandlingsfasen udleverer sygehuset (se 1.07)."], permanent: [K, K, K, K, SEL112] },
  { number: "2.06", name: "Stomiprodukter", category: "SOCIAL_AID", description: "Stomiposer, plader og tilbehør ved kolostomi, ileostomi og urostomi.", synonyms: "stomiposer", temporary: [R, R, R, R, TREAT, "Sygehuset udleverer til de første 14 dage efter udskrivning."], permanent: [K, K, D, K, SEL112, "Stomisygeplejerske på sygehuset instruerer; kommunen bevilger og følger op."] },
  { number: "2.07", name: "Inkontinenshjælpemidler", category: "SOCIAL_AID", description: "Bleer, uridomer og kateterposer.", synonyms: "bleer, kateter", temporary: [K, K, K, K, SUL138], permanent: [K, K, K, K, SEL112] },
  { number: "2.08", name: "Insulinpen og kanyler", category: "SOCIAL_AID", description: "Pen til insulin, kanyler og kanyleboks ved diabetes.", synonyms: "insulinpen, kanyler", temporary: [R, R, R, R, TREAT, "Ved opstart af insulin på sygehuset udleveres pen og kanyler til overgangen."], permanent: [K, K, R, K, SEL112, "Sygehuset eller egen læge instruerer; kommunen bevilger forbrugsmaterialer."] },
  { number: "2.09", name: "Blodsukkerapparat og teststrimler", category: "SOCIAL_AID", description: "Måleapparat og strimler til egenkontrol af blodsukker.", synonyms: "glukosemåler", temporary: [R, R, R, R, TREAT], permanent: [K, K, D, K, SEL112, "Instruktion ved behandlingsansvarlig (sygehus eller egen læge)."] },
  { number: "2.10", name: "Arm- og benprotese", category: "SOCIAL_AID", description: "Protese efter amputation, inkl. tilpasning og reparation.", synonyms: "benprotese, armprotese", temporary: [R, R, R, R, TREAT, "Midlertidig protese under indlæggelse og specialiseret genoptræning."], permanent: [K, K, K, K, SEL112] },
  { number: "2.11", name: "Brystprotese efter brystkræft", category: "SOCIAL_AID", description: "Ydre brystprotese og særlige bh'er.", temporary: [R, R, R, R, TREAT, "Den første protese udleveres af sygehuset."], permanent: [K, K, K, K, SEL112] },
  { number: "2.12", name: "Paryk", category: "SOCIAL_AID", description: "Paryk ved hårtab efter sygdom eller behandling.", temporary: [K, K, K, K, SEL112], permanent: [K, K, K, K, SEL112] },
  { number: "2.13", name: "Arbejdsstol og ståstøttestol", category: "SOCIAL_AID", description: "Stole til aktiviteter i hjemmet ved nedsat funktionsevne.", temporary: [K, K, K, K, SUL140], permanent: [K, K, K, K, SEL112] },
  { number: "2.14", name: "El-scooter og trehjulet cykel", category: "SOCIAL_AID", description: "Forbrugsgoder, der kompenserer for nedsat gangfunktion.", temporary: [K, K, K, K, SEL113, "Gives ikke ved midlertidigt behov."], permanent: [K, K, K, K, SEL113] },
  { number: "2.15", name: "Synshjælpemidler", category: "SOCIAL_AID", description: "Luplamper, lupper og forstørrende læsehjælpemidler.", temporary: [K, K, K, K, SEL112], permanent: [K, K, K, K, SEL112, "Øjenlæge eller synskonsulent udreder."] },
  { number: "2.16", name: "Kommunikationshjælpemidler", category: "SOCIAL_AID", description: "Talemaskine og øjenstyring ved tab af tale.", temporary: [D, R, D, R, TREAT, "Under indlæggelse: sygehuset."], permanent: [K, K, K, K, SEL112, "Kommunikationscentret rådgiver."] },
  // 3 — nursing aids: the municipality's home nursing
  { number: "3.01", name: "Plejeseng", category: "NURSING_AID", description: "Elektrisk plejeseng (hospitalsseng) i hjemmet.", synonyms: "hospitalsseng, el-seng", temporary: [K, K, K, K, SUL138, "Leveres senest dagen for udskrivning, når sygehuset har varslet behovet."], permanent: [K, K, K, K, SEL112] },
  { number: "3.02", name: "Tryksårsforebyggende madras og siddepude", category: "NURSING_AID", description: "Vekseltryksmadras, skummadras og siddepude.", temporary: [K, K, K, K, SUL138], permanent: [K, K, K, K, SEL112] },
  { number: "3.03", name: "Personløfter og loftlift", category: "NURSING_AID", description: "Mobil personløfter eller loftlift til forflytning.", synonyms: "lift", temporary: [K, K, K, K, SUL138], permanent: [K, K, K, K, "servicelovens §§112 og 116", "Loftlift kræver boligindretning efter §116."] },
  { number: "3.04", name: "Forflytningshjælpemidler", category: "NURSING_AID", description: "Glidestykker, vendelagen og drejeskiver.", temporary: [K, K, K, K, SUL138], permanent: [K, K, K, K, SUL138] },
  { number: "3.05", name: "Toiletstol og bækkenstol", category: "NURSING_AID", description: "Toilet- og badestol til brug ved sengen eller i badet.", synonyms: "badestol", temporary: [K, K, K, K, SUL138], permanent: [K, K, K, K, SEL112] },
  { number: "3.06", name: "Sengebord og sengeheste", category: "NURSING_AID", description: "Tilbehør til plejesengen.", temporary: [K, K, K, K, SUL138], permanent: [K, K, K, K, SUL138] },
  { number: "3.07", name: "Sårplejeprodukter i hjemmesygeplejen", category: "NURSING_AID", description: "Forbindinger og sårplejeprodukter, når hjemmesygeplejen behandler.", temporary: [K, K, K, K, SUL138, "Special-forbindinger ordineret af sårcenter: sygehuset udleverer første uge."], permanent: [K, K, K, K, SUL138] },
  { number: "3.08", name: "Sondeernæring i hjemmet", category: "NURSING_AID", description: "Sondesæt og poser til ernæring gennem sonde (PEG).", synonyms: "sondemad, peg", temporary: [R, R, D, R, TREAT, "Sygehuset oplærer hjemmesygeplejen."], permanent: [D, D, K, D, "sundhedslovens §138 / servicelovens §112", "Pumpe fra sygehuset; poser og sæt via kommunen."] },
  // 4 — rehabilitation
  { number: "4.01", name: "Træningsredskaber til almen genoptræning", category: "REHABILITATION_AID", description: "Elastikker, vægtmanchetter og balancepuder til genoptræning efter udskrivning.", synonyms: "træningselastik", temporary: [K, K, K, K, SUL140, "Følger genoptræningsplanen."], permanent: [K, K, K, K, SEL112, "Varigt behov vurderes efter serviceloven."] },
  { number: "4.02", name: "Redskaber til specialiseret ambulant genoptræning", category: "REHABILITATION_AID", description: "Redskaber, som den specialiserede genoptræning på sygehuset bruger.", temporary: [R, R, R, R, SUL140], permanent: [K, K, K, K, SEL112] },
  { number: "4.03", name: "Motionscykel til hjemmetræning", category: "REHABILITATION_AID", description: "Kondicykel eller bevægetræner i hjemmet.", temporary: [K, K, K, K, SUL140], permanent: [K, K, K, K, SEL113, "Ved varigt behov et forbrugsgode."] },
  { number: "4.04", name: "Albuestokke efter hofte- og knæoperation", category: "REHABILITATION_AID", description: "Albuestokke ved udskrivning efter ortopædkirurgisk operation.", synonyms: "krykker", temporary: [R, R, R, K, SUL140, "Sygehuset udleverer ved udskrivning; kommunen overtager under genoptræningen."], permanent: [K, K, K, K, SEL112] },
  { number: "4.05", name: "Hoftepakke efter hoftealloplastik", category: "REHABILITATION_AID", description: "Strømpepåtager, gribetang og toiletforhøjer i de første uger efter operationen.", temporary: [K, K, D, K, SUL140, "Sygehuset instruerer før udskrivning; kommunen leverer."], permanent: [K, K, K, K, SEL112] },
  { number: "4.06", name: "Ortose under specialiseret genoptræning", category: "REHABILITATION_AID", description: "Skinne eller ortose, der er en del af den specialiserede genoptræning.", temporary: [R, R, R, R, SUL140], permanent: [K, K, K, K, SEL112] },
  // 5 — other aids
  { number: "5.01", name: "Hjælpemidler ved terminal pleje i hjemmet", category: "OTHER_AID", description: "Seng, madras og lift til borgere, der ønsker at dø hjemme.", temporary: [K, K, K, K, "servicelovens §112 / sundhedslovens §138", "Leveres inden for 24 timer efter henvendelse."], permanent: [K, K, K, K, SEL112] },
  { number: "5.02", name: "Hjælpemidler til undervisning", category: "OTHER_AID", description: "IT- og læsehjælpemidler i skole og uddannelse.", temporary: [K, K, K, K, "folkeskoleloven"], permanent: [K, K, K, K, "folkeskoleloven", "Ungdomsuddannelser: statens støtte (SPS), uden for aftalen."] },
  { number: "5.03", name: "Hjælpemidler på arbejdspladsen", category: "OTHER_AID", description: "Arbejdsredskaber og mindre indretning af arbejdspladsen.", temporary: [K, K, K, K, "lov om kompensation til handicappede i erhverv"], permanent: [K, K, K, K, "lov om kompensation til handicappede i erhverv"] },
  { number: "5.04", name: "Handicapbil", category: "OTHER_AID", description: "Støtte til køb og indretning af bil.", temporary: [K, K, K, K, "servicelovens §114", "Gives ikke ved midlertidigt behov."], permanent: [K, K, K, K, "servicelovens §114"] },
];

export const AID_DEMO_COUNT = ROWS.length;

function content(row: Row) {
  const [ta, ts, ti, tm, tb, tn] = row.temporary;
  const [pa, ps, pi, pm, pb, pn] = row.permanent;
  return {
    name: row.name,
    category: row.category,
    description: row.description,
    synonyms: row.synonyms ?? "",
    temporaryAssessment: ta,
    temporarySupply: ts,
    temporaryInstruction: ti,
    temporaryMaintenance: tm,
    temporaryLegalBasis: tb,
    temporaryNote: tn ?? "",
    permanentAssessment: pa,
    permanentSupply: ps,
    permanentInstruction: pi,
    permanentMaintenance: pm,
    permanentLegalBasis: pb,
    permanentNote: pn ?? "",
    notes: row.notes ?? "",
    isDemo: true,
  };
}

export async function seedAidsSjaelland(tx: Tx, orgs: OrgIndex, users: UserIndex, forums: SjaellandForums, today: Date): Promise<{ catalogueId: string; councilId: string }> {
  const regionId = orgs.region(REGION_SJAELLAND);
  const councilId = await upsertForum(tx, {
    id: seedId("forum", "sjaelland", "hjaelpemiddelraad"),
    regionId,
    parentId: forums.steeringGroup,
    name: "Hjælpemiddelrådet Region Sjælland",
    shortName: "Hjælpemiddelrådet",
    kind: "AIDS_COUNCIL",
    compositionRule: "REGION_AND_MUNICIPALITY",
    chairParty: "MUNICIPALITY",
    viceChairParty: "REGION",
    minMeetingsPerYear: 4,
    mandate:
      "## Kommissorium\n\nHjælpemiddelrådet vedligeholder afklaringskataloget for hjælpemidler og behandlingsredskaber og træffer beslutning om forslag til ændringer. Rådet består af regionens og kommunernes hjælpemiddelkoordinatorer.\n\n*Demodata.*",
    secretariatOrganisationId: regionId,
    secretariatNote: null,
    isPublic: false,
    seats: [
      { party: "REGION", min: 1 },
      { party: "MUNICIPALITY", min: 2 },
    ],
  });
  const members = [
    { key: "region", userId: users["koordinator.region@demo.dk"], name: "Lars Mikkelsen", organisationId: regionId, party: "REGION", position: "SECRETARY" },
    { key: "roskilde", userId: users["koordinator.roskilde@demo.dk"], name: "Mette Jensen", organisationId: orgs.municipality(M.roskilde).id, party: "MUNICIPALITY", position: "CHAIR" },
    { key: "naestved", userId: users["koordinator.naestved@demo.dk"], name: "Henrik Nielsen", organisationId: orgs.municipality(M.naestved).id, party: "MUNICIPALITY", position: "MEMBER" },
  ] as const;
  for (const m of members) {
    const data = { forumId: councilId, userId: m.userId, name: m.name, organisationId: m.organisationId, party: m.party, position: m.position, periodFrom: date("2024-01-01"), periodTo: null };
    await tx.forumMember.upsert({ where: { id: seedId("forum-member-aids", m.key) }, create: { id: seedId("forum-member-aids", m.key), ...data }, update: data });
  }
  const meetings = [
    { key: "held", startsAt: addDays(today, -21), status: "HELD" as const, place: "Regionshuset, Sorø" },
    { key: "next", startsAt: addDays(today, 35), status: "PLANNED" as const, place: "Roskilde Rådhus" },
  ];
  for (const meeting of meetings) {
    const id = seedId("meeting-aids", meeting.key);
    const data = { forumId: councilId, startsAt: new Date(meeting.startsAt.getTime() + 9 * 3_600_000), status: meeting.status, place: meeting.place };
    await tx.meeting.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  const catalogue = await tx.aidCatalogue.upsert({ where: { regionId }, create: { id: seedId("aid-catalogue", "sjaelland"), regionId }, update: {}, select: { id: true } });
  for (const row of ROWS) {
    const data = content(row);
    await tx.aidItem.upsert({
      where: { catalogueId_number: { catalogueId: catalogue.id, number: row.number } },
      create: { id: seedId("aid", "sjaelland", row.number), catalogueId: catalogue.id, number: row.number, ...data },
      update: {},
    });
  }
  return { catalogueId: catalogue.id, councilId };
}
