/**
 * Region Sjælland's organisation of the health agreement, in light form (the 2015–2018 agreement,
 * part 4, refers to it): the health coordination committee, the administrative steering group, one
 * thematic forum, and the cross-sector clinical management forum that decides type A task transfers
 * (issue 14; demo data, its mandate says so). Natural key: Forum (region, name).
 */
import type { CompositionRule, ForumKind, SeatParty } from "@/lib/generated/prisma/enums";
import { M, REGION_SJAELLAND, type OrgIndex } from "./organisations";
import type { UserIndex } from "./users";
import { date, seedId, type Tx } from "./util";
import { upsertForum } from "./forum-upsert";

export interface SjaellandForums {
  sku: string;
  steeringGroup: string;
  preventionForum: string;
  clinicalManagement: string;
}

interface ForumData {
  key: keyof SjaellandForums;
  parent?: keyof SjaellandForums;
  name: string;
  shortName?: string;
  kind: ForumKind;
  compositionRule: CompositionRule;
  chairParty?: SeatParty;
  viceChairParty?: SeatParty;
  minMeetingsPerYear: number;
  mandate: string;
  seats: { party: SeatParty; min: number; max?: number }[];
}

const FORUMS: ForumData[] = [
  {
    key: "sku",
    name: "Sundhedskoordinationsudvalget Region Sjælland",
    shortName: "SKU",
    kind: "POLITICAL_COMMITTEE",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 4,
    mandate:
      "## Kommissorium\n\nSundhedskoordinationsudvalget er det politiske udvalg, der udarbejder udkast til sundhedsaftalen og følger op på den. Udvalget består af politikere fra regionsrådet og fra kommunalbestyrelserne i regionens 17 kommuner samt en repræsentant for almen praksis.\n\nUdvalget fastlægger visionen og de politiske mål, godkender årsstatus for pejlemærkerne og træffer beslutning om revision af aftalen.",
    seats: [
      { party: "REGION", min: 4, max: 4 },
      { party: "MUNICIPALITY", min: 4, max: 4 },
      { party: "GENERAL_PRACTICE", min: 1, max: 1 },
    ],
  },
  {
    key: "steeringGroup",
    parent: "sku",
    name: "Den administrative styregruppe",
    shortName: "Styregruppen",
    kind: "ADMINISTRATIVE_FORUM",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 6,
    mandate:
      "## Kommissorium\n\nDen administrative styregruppe sikrer implementeringen af sundhedsaftalen og forbereder sager til Sundhedskoordinationsudvalget. Styregruppen nedsætter udviklingsgrupper og arbejdsgrupper, godkender deres kommissorier og følger op på pejlemærkerne.\n\nStyregruppen består af direktører fra regionen og kommunerne samt en repræsentant for PLO Sjælland.",
    seats: [
      { party: "REGION", min: 3 },
      { party: "MUNICIPALITY", min: 4 },
      { party: "GENERAL_PRACTICE", min: 1 },
    ],
  },
  {
    key: "preventionForum",
    parent: "steeringGroup",
    name: "Forum for forebyggelse",
    kind: "FOLLOW_UP_GROUP",
    compositionRule: "CROSS_SECTOR",
    chairParty: "MUNICIPALITY",
    viceChairParty: "REGION",
    minMeetingsPerYear: 4,
    mandate:
      "## Kommissorium\n\nForum for forebyggelse følger op på aftalens afsnit 2.1 om forebyggelse: henvisning til kommunale forebyggelsestilbud, kvalitetsstandarder for tilbuddene, rygestop og KRAM-indsatser samt pejlemærkerne for forebyggelse.\n\nForummet mødes mindst fire gange om året og afrapporterer årligt til styregruppen.",
    seats: [
      { party: "REGION", min: 1 },
      { party: "MUNICIPALITY", min: 2 },
      { party: "GENERAL_PRACTICE", min: 1 },
      { party: "PATIENT_ORGANISATION", min: 0, max: 1 },
    ],
  },
  {
    key: "clinicalManagement",
    parent: "steeringGroup",
    name: "Tværsektorielt klinisk ledelsesforum",
    shortName: "Klinisk ledelse",
    kind: "CLINICAL_MANAGEMENT",
    compositionRule: "CROSS_SECTOR",
    chairParty: "REGION",
    viceChairParty: "MUNICIPALITY",
    minMeetingsPerYear: 4,
    mandate:
      "## Kommissorium\n\nDet tværsektorielle kliniske ledelsesforum behandler opgaveoverdragelser af type A (opgaveudvikling: ny teknologi, kortere indlæggelser). Forummet vurderer dialoggrundlaget, som den overdragende og den modtagende part har udfyldt, træffer beslutning om overdragelsen og følger implementeringsplanen og evalueringen. Sager om kapacitetsændringer (type B) og uenighed om typen går til styregruppen.\n\nForummet består af klinisk ledende fra sygehusene, kommunerne og almen praksis.\n\n*Demodata: forummet er oprettet til demonstration af opgaveoverdragelser.*",
    seats: [
      { party: "REGION", min: 1 },
      { party: "MUNICIPALITY", min: 1 },
      { party: "GENERAL_PRACTICE", min: 1 },
    ],
  },
];

export async function seedForumsSjaelland(tx: Tx, orgs: OrgIndex, users: UserIndex): Promise<SjaellandForums> {
  const regionId = orgs.region(REGION_SJAELLAND);
  const ids = {} as SjaellandForums;
  for (const forum of FORUMS) {
    ids[forum.key] = await upsertForum(tx, {
      id: seedId("forum-sjaelland", forum.key),
      regionId,
      parentId: forum.parent ? ids[forum.parent] : null,
      name: forum.name,
      shortName: forum.shortName ?? null,
      kind: forum.kind,
      compositionRule: forum.compositionRule,
      chairParty: forum.chairParty ?? null,
      viceChairParty: forum.viceChairParty ?? null,
      minMeetingsPerYear: forum.minMeetingsPerYear,
      mandate: forum.mandate,
      secretariatOrganisationId: regionId,
      secretariatNote: "Sundhedsaftalesekretariatet, Region Sjælland, Alléen 15, 4180 Sorø",
      isPublic: true,
      seats: forum.seats,
    });
  }

  const members = [
    { key: "styregruppe-region", forum: ids.steeringGroup, userId: users["koordinator.region@demo.dk"], name: "Lars Mikkelsen", organisationId: regionId, party: "REGION", position: "SECRETARY" },
    { key: "forebyggelse-roskilde", forum: ids.preventionForum, userId: users["koordinator.roskilde@demo.dk"], name: "Mette Jensen", organisationId: orgs.municipality(M.roskilde).id, party: "MUNICIPALITY", position: "CHAIR" },
    { key: "forebyggelse-naestved", forum: ids.preventionForum, userId: users["koordinator.naestved@demo.dk"], name: "Henrik Nielsen", organisationId: orgs.municipality(M.naestved).id, party: "MUNICIPALITY", position: "MEMBER" },
    { key: "forebyggelse-region", forum: ids.preventionForum, userId: null, name: "Trine Vestergaard", organisationId: regionId, party: "REGION", position: "VICE_CHAIR" },
    { key: "klinisk-hospital", forum: ids.clinicalManagement, userId: users["laege.hospital@demo.dk"], name: "Rasmus Johansen", organisationId: orgs.hospitals.get("suh-roskilde")?.id ?? regionId, party: "REGION", position: "CHAIR" },
    { key: "klinisk-koege", forum: ids.clinicalManagement, userId: users["koordinator.koege@demo.dk"], name: "Birgitte Møller", organisationId: orgs.municipality(M.koege).id, party: "MUNICIPALITY", position: "VICE_CHAIR" },
    { key: "klinisk-plo", forum: ids.clinicalManagement, userId: users["laege.slagelse@demo.dk"], name: "Camilla Thomsen", organisationId: orgs.clinics.get("slagelse-bredegade")?.id ?? null, party: "GENERAL_PRACTICE", position: "MEMBER" },
    { key: "forebyggelse-plo", forum: ids.preventionForum, userId: null, name: "Michael Friis", organisationId: orgs.clinics.get("holbaek-ahlgade")?.id ?? null, party: "GENERAL_PRACTICE", position: "MEMBER" },
  ] as const;
  for (const m of members) {
    const data = {
      forumId: m.forum,
      userId: m.userId,
      name: m.name,
      organisationId: m.organisationId,
      party: m.party,
      position: m.position,
      periodFrom: date("2015-01-01"),
      periodTo: null,
    };
    await tx.forumMember.upsert({ where: { id: seedId("forum-member-sjaelland", m.key) }, create: { id: seedId("forum-member-sjaelland", m.key), ...data }, update: data });
  }
  return ids;
}
