/**
 * Region Syddanmark's organisation of the health agreement in 2019 (seed 003): the health
 * coordination committee ← the administrative contact forum (DAK) ← the coordination group ← six
 * follow-up groups (the three of prisma/seed/data/initiatives-status-2019.csv plus three more), and a
 * clarification committee under DAK. Members, seat rules, meetings held in 2019 with minutes and one
 * planned meeting ahead. Natural key: Forum (region, name); members and meetings get deterministic ids.
 */
import type { CompositionRule, ForumKind, ForumPosition, SeatParty } from "@/lib/generated/prisma/enums";
import { upsertForum } from "./forum-upsert";
import { M, REGION_SYDDANMARK, type OrgIndex } from "./organisations";
import type { UserIndex } from "./users";
import { addDays, addHours, danishTime, date, onWeekday, prng, seedId, slug, type Tx } from "./util";

/** Follow-up groups beyond the CSV's; the first ones whose names are not in the CSV are used. */
const EXTRA_GROUP_CANDIDATES = [
  "Følgegruppen for genoptræning og rehabilitering",
  "Følgegruppen for psykiatri og sociale forhold",
  "Følgegruppen for sundheds-it og digitale arbejdsgange",
  "Følgegruppen for børn og unge",
  "Følgegruppen for forebyggelse",
];

/** What each follow-up group's mandate says it follows (fallback: the group's own theme). */
const GROUP_FOCUS: Record<string, string> = {
  "Følgegruppen for behandling og pleje": "indlæggelse og udskrivning (SAM:BO), medicinhåndtering (FMK), demens, palliation, psykiatri og sårbare gravide",
  "Følgegruppen for opgaveoverdragelse": "planlagt og aftalt overdragelse af sundhedsfaglige opgaver mellem sygehuse, kommuner og almen praksis, herunder de kommunale akutfunktioner",
  "Følgegruppen for forebyggelse": "borger- og patientrettet forebyggelse, forløb for kronisk sygdom, sundhedsprofiler og monitorering af forebyggelsesindsatsen",
  "Følgegruppen for genoptræning og rehabilitering": "genoptræningsplaner, specialiseret og almen genoptræning, rehabilitering efter hjerneskade og hjælpemidler",
  "Følgegruppen for psykiatri og sociale forhold": "samarbejdet mellem psykiatrien, kommunernes socialpsykiatri og almen praksis, herunder borgere med samtidigt misbrug",
  "Følgegruppen for sundheds-it og digitale arbejdsgange": "MedCom-standarder, FMK, telemedicin og fælles data",
  "Følgegruppen for børn og unge": "børn og unges sundhed og trivsel, herunder børne- og ungdomspsykiatrien",
};

const PLACE = "Regionshuset, Damhaven 12, 7100 Vejle";

/** People in the groups who have no portal account (fictional). */
const PEOPLE = {
  chairs: ["Poul Erik Madsen", "Lone Kirkegaard", "Torben Hvid", "Inge Lykke", "Søren Bisgaard"],
  viceChairs: [
    ["Anette Mølgaard", M.kolding],
    ["Claus Thygesen", M.svendborg],
    ["Marianne Fog", "630"],
    ["Ib Kjeldsen", "561"],
    ["Gitte Lund", "540"],
    ["Hans Jørgen Riis", "410"],
  ] as [string, string][],
  gps: [
    ["Peter Bak", "odense-vestergade"],
    ["Maja Sand", "svendborg-toldbodvej"],
    ["Kasper Ravn", "kolding-jernbanegade"],
    ["Eva Dam", "odense-dalum"],
    ["Niels Kjær", "odense-vestergade"],
    ["Lotte Bay", "kolding-jernbanegade"],
  ] as [string, string][],
  hospitals: [
    ["Jette Bonde", "ouh"],
    ["Morten Frost", "lillebaelt"],
    ["Ane Kirk", "sydvestjysk"],
    ["Bjarne Holt", "soenderjylland"],
    ["Vibeke Juhl", "ouh"],
    ["Rune Falk", "lillebaelt"],
  ] as [string, string][],
  municipalMembers: [
    ["Mikkel Aagaard", M.odense],
    ["Pia Korsholm", "580"],
    ["Stine Ebbesen", "607"],
    ["Finn Rask", "450"],
    ["Tove Buus", "573"],
  ] as [string, string][],
};

export interface SyddanmarkGroup {
  id: string;
  name: string;
  fromCsv: boolean;
  /** Held meetings in 2019, oldest first. */
  held: { id: string; startsAt: Date }[];
  /** The planned meeting ahead (first CSV group only). */
  plannedMeetingId: string | null;
}

export interface SyddanmarkForums {
  sku: string;
  dak: string;
  coordinationGroup: string;
  clarificationCommittee: string;
  /** Follow-up groups in order: the CSV's (in file order), then the extra ones. */
  groups: SyddanmarkGroup[];
}

interface ForumSpec {
  key: string;
  name: string;
  shortName?: string;
  kind: ForumKind;
  compositionRule: CompositionRule;
  chairParty: SeatParty | null;
  viceChairParty: SeatParty | null;
  minMeetingsPerYear: number;
  mandate: string;
  seats: { party: SeatParty; min: number; max?: number }[];
}

function followUpGroupSpec(name: string): ForumSpec {
  const theme = name.replace(/^Følgegruppen for /, "");
  const focus = GROUP_FOCUS[name] ?? theme;
  return {
    key: slug(name),
    name,
    kind: "FOLLOW_UP_GROUP",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 4,
    mandate:
      `## Kommissorium for ${name.replace(/^F/, "f")}\n\n` +
      `**Formål:** Følgegruppen følger implementeringen af sundhedsaftalens indsatser om ${focus}, og sikrer, at aftalerne virker i praksis for borgerne.\n\n` +
      "**Opgaver:**\n\n" +
      "- udarbejde og vedligeholde gruppens statusskema over indsatser med forslag til videreførelse eller afvikling,\n" +
      "- følge op på relevante indikatorer og utilsigtede hændelser,\n" +
      "- nedsætte arbejdsgrupper med kommissorium og tidsplan,\n" +
      "- rapportere til Koordinationsgruppen to gange om året.\n\n" +
      "**Sammensætning:** Repræsentanter for Region Syddanmark og sygehusene, kommunerne (udpeget af KKR Syddanmark) og almen praksis (udpeget af PLO Syddanmark). Formanden kommer fra regionen, næstformanden fra en kommune.\n\n" +
      "**Møder:** Mindst fire møder om året. Sekretariatsbetjening ved Region Syddanmark i samarbejde med en kommune.",
    seats: [
      { party: "REGION", min: 1, max: 3 },
      { party: "HOSPITAL", min: 1, max: 3 },
      { party: "MUNICIPALITY", min: 2, max: 5 },
      { party: "GENERAL_PRACTICE", min: 1, max: 2 },
    ],
  };
}

const TOP: ForumSpec[] = [
  {
    key: "sku",
    name: "Sundhedskoordinationsudvalget",
    shortName: "SKU",
    kind: "POLITICAL_COMMITTEE",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 4,
    mandate:
      "## Kommissorium\n\nSundhedskoordinationsudvalget er det politiske udvalg for sundhedsaftalen i Region Syddanmark. Udvalget udarbejder udkast til sundhedsaftalen, følger op på den og drøfter tværsektorielle udfordringer. Udvalget består af politikere fra regionsrådet og de 22 kommunalbestyrelser samt en repræsentant for almen praksis.",
    seats: [
      { party: "REGION", min: 4, max: 4 },
      { party: "MUNICIPALITY", min: 4, max: 4 },
      { party: "GENERAL_PRACTICE", min: 1, max: 1 },
    ],
  },
  {
    key: "dak",
    name: "Det Administrative Kontaktforum",
    shortName: "DAK",
    kind: "ADMINISTRATIVE_FORUM",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 4,
    mandate:
      "## Kommissorium\n\nDet Administrative Kontaktforum (DAK) er den administrative styregruppe for sundhedsaftalen. DAK forbereder sager til Sundhedskoordinationsudvalget, godkender følgegruppernes indstillinger om videreførelse og afvikling af indsatser og prioriterer ressourcerne til det tværsektorielle samarbejde.",
    seats: [
      { party: "REGION", min: 3 },
      { party: "HOSPITAL", min: 1 },
      { party: "MUNICIPALITY", min: 4 },
      { party: "GENERAL_PRACTICE", min: 1 },
    ],
  },
  {
    key: "koordinationsgruppen",
    name: "Koordinationsgruppen",
    kind: "COORDINATION_GROUP",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 6,
    mandate:
      "## Kommissorium\n\nKoordinationsgruppen koordinerer følgegruppernes arbejde for DAK. Gruppen gennemgår følgegruppernes statusskemaer, kommenterer deres forslag om videreførelse eller afvikling og samler en indstilling til DAK.",
    seats: [
      { party: "REGION", min: 2 },
      { party: "MUNICIPALITY", min: 2 },
      { party: "GENERAL_PRACTICE", min: 1 },
    ],
  },
  {
    key: "afklaringsudvalget",
    name: "Afklaringsudvalget",
    kind: "CLARIFICATION_COMMITTEE",
    compositionRule: "REGION_AND_MUNICIPALITY",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 2,
    mandate:
      "## Kommissorium\n\nAfklaringsudvalget behandler konkrete sager, hvor regionen og en kommune er uenige om ansvaret for en opgave efter sundhedsaftalen. Udvalget består af repræsentanter for regionen og kommunerne; sager, der ikke kan løses, forelægges DAK.",
    seats: [
      { party: "REGION", min: 2, max: 2 },
      { party: "MUNICIPALITY", min: 2, max: 2 },
    ],
  },
];

function heldMinutes(groupName: string, startsAt: Date, autumn: boolean): string {
  const day = startsAt.toISOString().slice(0, 10).split("-").reverse().join(".");
  return autumn
    ? `## Referat – ${groupName}, ${day}\n\n1. **Godkendelse af dagsorden og referat.** Godkendt.\n2. **Statusskema 2019.** Følgegruppen gennemgik alle indsatser og besluttede for hver, om den videreføres eller afvikles, med begrundelse, fokusperiode og ressourcebehov.\n3. **Indstilling til Koordinationsgruppen.** Statusskemaet sendes til Koordinationsgruppen som grundlag for DAK's behandling.\n4. **Eventuelt.** Intet.`
    : `## Referat – ${groupName}, ${day}\n\n1. **Godkendelse af dagsorden.** Godkendt.\n2. **Status på indsatser.** Tovholderne orienterede om fremdriften. Enkelte indsatser er forsinkede pga. ressourcer i kommunerne.\n3. **Forberedelse af statusskema.** Sekretariatet udsender skabelon; tovholderne udfylder forslag til videreførelse eller afvikling inden sommerferien.\n4. **Eventuelt.** Næste møde i september.`;
}

export async function seedForumsSyddanmark(
  tx: Tx,
  orgs: OrgIndex,
  users: UserIndex,
  csvGroups: string[],
  today: Date,
): Promise<SyddanmarkForums> {
  const regionId = orgs.region(REGION_SYDDANMARK);
  const extra = EXTRA_GROUP_CANDIDATES.filter((name) => !csvGroups.includes(name)).slice(0, 6 - csvGroups.length);
  if (csvGroups.length + extra.length !== 6) throw new Error(`seed: expected six follow-up groups, have ${csvGroups.length} from the CSV and ${extra.length} extra`);

  const upsert = (spec: ForumSpec, parentId: string | null) =>
    upsertForum(tx, {
      id: seedId("forum-syddanmark", spec.key),
      regionId,
      parentId,
      name: spec.name,
      shortName: spec.shortName ?? null,
      kind: spec.kind,
      compositionRule: spec.compositionRule,
      chairParty: spec.chairParty,
      viceChairParty: spec.viceChairParty,
      minMeetingsPerYear: spec.minMeetingsPerYear,
      mandate: spec.mandate,
      secretariatOrganisationId: regionId,
      secretariatNote: "Sekretariatet for Sundhedsaftalen, Region Syddanmark, i samarbejde med KKR Syddanmark",
      isPublic: true,
      seats: spec.seats,
    });
  const [skuSpec, dakSpec, coordinationSpec, clarificationSpec] = TOP;
  const sku = await upsert(skuSpec, null);
  const dak = await upsert(dakSpec, sku);
  const coordinationGroup = await upsert(coordinationSpec, dak);
  const clarificationCommittee = await upsert(clarificationSpec, dak);

  const member = async (
    key: string,
    forumId: string,
    m: { name: string; userId?: string | null; organisationId: string | null; party: SeatParty; position: ForumPosition; periodFrom: string },
  ) => {
    const id = seedId("forum-member-syddanmark", key);
    const data = { forumId, userId: m.userId ?? null, name: m.name, organisationId: m.organisationId, party: m.party, position: m.position, periodFrom: date(m.periodFrom), periodTo: null };
    await tx.forumMember.upsert({ where: { id }, create: { id, ...data }, update: data });
    return id;
  };
  const hospital = (key: string) => orgs.hospitals.get(key)?.id ?? null;
  const clinic = (key: string) => orgs.clinics.get(key)?.id ?? null;
  const municipality = (code: string) => orgs.municipality(code).id;
  const secretary = users["sekretaer.syddanmark@demo.dk"];

  // Light membership of the top forums.
  await member("sku-chair", sku, { name: "Anne Sørensen", organisationId: regionId, party: "REGION", position: "CHAIR", periodFrom: "2018-01-01" });
  await member("sku-vice", sku, { name: "Jesper Kruse", organisationId: municipality(M.odense), party: "MUNICIPALITY", position: "VICE_CHAIR", periodFrom: "2018-01-01" });
  await member("sku-plo", sku, { name: "Peter Bak", organisationId: clinic("odense-vestergade"), party: "GENERAL_PRACTICE", position: "MEMBER", periodFrom: "2018-01-01" });
  await member("dak-chair", dak, { name: "Henning Damgaard", organisationId: regionId, party: "REGION", position: "CHAIR", periodFrom: "2018-01-01" });
  await member("dak-vice", dak, { name: "Lisbeth Vang", organisationId: municipality(M.kolding), party: "MUNICIPALITY", position: "VICE_CHAIR", periodFrom: "2018-01-01" });
  await member("dak-secretary", dak, { name: "Hanne Christiansen", userId: secretary, organisationId: regionId, party: "REGION", position: "SECRETARY", periodFrom: "2018-01-01" });
  await member("koordinationsgruppen-chair", coordinationGroup, { name: "Ulla Brix", organisationId: regionId, party: "REGION", position: "CHAIR", periodFrom: "2018-01-01" });
  await member("koordinationsgruppen-vice", coordinationGroup, { name: "Kent Laursen", organisationId: municipality(M.svendborg), party: "MUNICIPALITY", position: "VICE_CHAIR", periodFrom: "2018-01-01" });
  await member("koordinationsgruppen-plo", coordinationGroup, { name: "Eva Dam", organisationId: clinic("odense-dalum"), party: "GENERAL_PRACTICE", position: "MEMBER", periodFrom: "2018-01-01" });
  await member("koordinationsgruppen-secretary", coordinationGroup, { name: "Hanne Christiansen", userId: secretary, organisationId: regionId, party: "REGION", position: "SECRETARY", periodFrom: "2018-01-01" });
  await member("afklaringsudvalget-chair", clarificationCommittee, { name: "Bente Kvist", organisationId: regionId, party: "REGION", position: "CHAIR", periodFrom: "2018-01-01" });
  await member("afklaringsudvalget-region", clarificationCommittee, { name: "Jens Ulrik Holm", organisationId: hospital("ouh"), party: "REGION", position: "MEMBER", periodFrom: "2018-01-01" });
  await member("afklaringsudvalget-vice", clarificationCommittee, { name: "Randi Thorsen", organisationId: municipality("630"), party: "MUNICIPALITY", position: "VICE_CHAIR", periodFrom: "2018-01-01" });
  await member("afklaringsudvalget-municipality", clarificationCommittee, { name: "Ole Mørk", organisationId: municipality("540"), party: "MUNICIPALITY", position: "MEMBER", periodFrom: "2018-01-01" });

  const meeting = async (key: string, forumId: string, startsAt: Date, status: "HELD" | "PLANNED", minutes: string | null, place = PLACE) => {
    const id = seedId("meeting-syddanmark", key);
    const data = { forumId, startsAt, place, status, minutes };
    await tx.meeting.upsert({ where: { id }, create: { id, ...data }, update: data });
    return id;
  };
  await meeting("dak-2019-11", dak, danishTime("2019-11-21 09:00"), "HELD", "## Referat – DAK, 21.11.2019\n\n1. **Følgegruppernes statusskemaer.** DAK godkendte Koordinationsgruppens samlede indstilling om videreførelse og afvikling af indsatserne for 2020.\n2. **Ressourcer.** Sekretariatet udarbejder oversigt over ressourcebehov til næste møde.");
  await meeting("koordinationsgruppen-2019-10", coordinationGroup, danishTime("2019-10-24 13:00"), "HELD", "## Referat – Koordinationsgruppen, 24.10.2019\n\n1. **Gennemgang af statusskemaer.** Koordinationsgruppen kommenterede følgegruppernes forslag; kommentarerne er sendt til grupperne.\n2. **Indstilling til DAK.** Samlet indstilling godkendt.");

  const groups: SyddanmarkGroup[] = [];
  const names = [...csvGroups.map((name) => ({ name, fromCsv: true })), ...extra.map((name) => ({ name, fromCsv: false }))];
  for (const [i, g] of names.entries()) {
    const spec = followUpGroupSpec(g.name);
    const id = await upsert(spec, coordinationGroup);
    const key = spec.key;
    const first = i === 0;
    const random = prng(`group-${key}`);

    const members: string[] = [];
    members.push(
      await member(`${key}-chair`, id, first
        ? { name: "Karen Kristensen", userId: users["formand@demo.dk"], organisationId: regionId, party: "REGION", position: "CHAIR", periodFrom: "2018-03-01" }
        : { name: PEOPLE.chairs[(i - 1) % PEOPLE.chairs.length], organisationId: regionId, party: "REGION", position: "CHAIR", periodFrom: "2018-03-01" }),
    );
    const [viceName, viceCode] = PEOPLE.viceChairs[i % PEOPLE.viceChairs.length];
    members.push(await member(`${key}-vice`, id, { name: viceName, organisationId: municipality(viceCode), party: "MUNICIPALITY", position: "VICE_CHAIR", periodFrom: "2018-03-01" }));
    members.push(
      await member(`${key}-municipality`, id, first
        ? { name: "Jens Rasmussen", userId: users["medlem@demo.dk"], organisationId: municipality(M.odense), party: "MUNICIPALITY", position: "MEMBER", periodFrom: "2019-01-01" }
        : { name: PEOPLE.municipalMembers[(i - 1) % PEOPLE.municipalMembers.length][0], organisationId: municipality(PEOPLE.municipalMembers[(i - 1) % PEOPLE.municipalMembers.length][1]), party: "MUNICIPALITY", position: "MEMBER", periodFrom: "2018-03-01" }),
    );
    const [gpName, gpClinic] = PEOPLE.gps[i % PEOPLE.gps.length];
    members.push(await member(`${key}-plo`, id, { name: gpName, organisationId: clinic(gpClinic), party: "GENERAL_PRACTICE", position: "MEMBER", periodFrom: "2018-03-01" }));
    const [hospitalName, hospitalKey] = PEOPLE.hospitals[i % PEOPLE.hospitals.length];
    members.push(await member(`${key}-hospital`, id, { name: hospitalName, organisationId: hospital(hospitalKey), party: "HOSPITAL", position: "MEMBER", periodFrom: "2018-03-01" }));
    members.push(await member(`${key}-secretary`, id, { name: "Hanne Christiansen", userId: secretary, organisationId: regionId, party: "REGION", position: "SECRETARY", periodFrom: "2018-03-01" }));

    // Meetings in 2019: spring (status) and autumn (decisions); the first group also met in June.
    const dates = [`2019-03-${String(5 + i * 2).padStart(2, "0")}`, ...(first ? ["2019-06-13"] : []), `2019-09-${String(10 + i * 2).padStart(2, "0")}`];
    const held: SyddanmarkGroup["held"] = [];
    for (const [n, day] of dates.entries()) {
      const startsAt = addHours(onWeekday(date(day)), 11); // 13:00 Danish summer time / 12:00 winter time
      const autumn = n === dates.length - 1;
      const meetingId = await meeting(`${key}-${day}`, id, startsAt, "HELD", heldMinutes(g.name, startsAt, autumn));
      held.push({ id: meetingId, startsAt });
      await tx.meetingAttendance.createMany({
        data: members.map((memberId) => ({ meetingId, memberId, present: random() < 0.88 })),
        skipDuplicates: true,
      });
    }
    const plannedMeetingId = first
      ? await meeting(`${key}-next`, id, addHours(onWeekday(addDays(today, 21)), 12), "PLANNED", null)
      : null;
    groups.push({ id, name: g.name, fromCsv: g.fromCsv, held, plannedMeetingId });
  }

  return { sku, dak, coordinationGroup, clarificationCommittee, groups };
}
