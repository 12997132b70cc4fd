/**
 * Organisations. Reference data (also in production): the 5 regions and 98 municipalities from
 * prisma/seed/data/municipalities.csv and the platform organisation. Demo only: location numbers for the
 * municipalities' referral entry points, hospitals and fictional general-practice clinics.
 * Natural key: (kind, code) — hospitals carry an illustrative SHAK-style code, clinics their ydernummer.
 */
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { readMunicipalities } from "./csv";
import { locationNumber, seedId, type Tx } from "./util";

export const PLATFORM = { name: "Sundhedsaftaleportalen (drift)", code: "DRIFT" } as const;

export const REGION_SJAELLAND = "1085";
export const REGION_SYDDANMARK = "1083";

/** Municipality codes the demo refers to by name. */
export const M = {
  greve: "253",
  koege: "259",
  roskilde: "265",
  solroed: "269",
  odsherred: "306",
  holbaek: "316",
  faxe: "320",
  kalundborg: "326",
  ringsted: "329",
  slagelse: "330",
  stevns: "336",
  soroe: "340",
  lejre: "350",
  lolland: "360",
  naestved: "370",
  guldborgsund: "376",
  vordingborg: "390",
  odense: "461",
  svendborg: "479",
  kolding: "621",
} as const;

interface HospitalRow {
  key: string;
  name: string;
  code: string;
  municipality: string;
  address: string;
  phone: string;
}

/** Hospitals per region (code: illustrative 4-digit SHAK-style hospital code). */
const HOSPITALS: HospitalRow[] = [
  { key: "suh-roskilde", name: "Sjællands Universitetshospital, Roskilde", code: "3801", municipality: "265", address: "Sygehusvej 10, 4000 Roskilde", phone: "47 32 32 00" },
  { key: "suh-koege", name: "Sjællands Universitetshospital, Køge", code: "3802", municipality: "259", address: "Lykkebækvej 1, 4600 Køge", phone: "47 32 32 00" },
  { key: "holbaek", name: "Holbæk Sygehus", code: "3803", municipality: "316", address: "Smedelundsgade 60, 4300 Holbæk", phone: "59 48 40 00" },
  { key: "nykoebing-f", name: "Nykøbing F. Sygehus", code: "3804", municipality: "376", address: "Fjordvej 15, 4800 Nykøbing F", phone: "54 88 54 88" },
  { key: "slagelse", name: "Slagelse Sygehus", code: "3805", municipality: "330", address: "Fælledvej 11, 4200 Slagelse", phone: "58 55 90 00" },
  { key: "naestved", name: "Næstved Sygehus", code: "3806", municipality: "370", address: "Ringstedgade 61, 4700 Næstved", phone: "56 51 20 00" },
  { key: "ouh", name: "Odense Universitetshospital", code: "4202", municipality: "461", address: "J.B. Winsløws Vej 4, 5000 Odense C", phone: "65 41 10 00" },
  { key: "lillebaelt", name: "Sygehus Lillebælt", code: "4203", municipality: "630", address: "Beriderbakken 4, 7100 Vejle", phone: "79 40 50 00" },
  { key: "sydvestjysk", name: "Sydvestjysk Sygehus", code: "4204", municipality: "561", address: "Finsensgade 35, 6700 Esbjerg", phone: "79 18 20 00" },
  { key: "soenderjylland", name: "Sygehus Sønderjylland", code: "4205", municipality: "580", address: "Kresten Philipsens Vej 15, 6200 Aabenraa", phone: "79 97 00 00" },
  { key: "rigshospitalet", name: "Rigshospitalet", code: "1301", municipality: "101", address: "Blegdamsvej 9, 2100 København Ø", phone: "35 45 35 45" },
  { key: "herlev-gentofte", name: "Herlev og Gentofte Hospital", code: "1302", municipality: "163", address: "Borgmester Ib Juuls Vej 1, 2730 Herlev", phone: "38 68 38 68" },
  { key: "auh", name: "Aarhus Universitetshospital", code: "6620", municipality: "751", address: "Palle Juul-Jensens Boulevard 99, 8200 Aarhus N", phone: "78 45 00 00" },
  { key: "goedstrup", name: "Regionshospitalet Gødstrup", code: "6621", municipality: "657", address: "Hospitalsparken 15, 7400 Herning", phone: "78 43 00 00" },
  { key: "aalborg", name: "Aalborg Universitetshospital", code: "8001", municipality: "851", address: "Hobrovej 18-22, 9000 Aalborg", phone: "97 66 00 00" },
  { key: "hjoerring", name: "Regionshospital Nordjylland, Hjørring", code: "8002", municipality: "860", address: "Bispensgade 37, 9800 Hjørring", phone: "97 64 00 00" },
];

interface ClinicRow {
  key: string;
  name: string;
  providerNumber: string;
  municipality: string;
  address: string;
  phone: string;
}

/** Fictional general-practice clinics (names, ydernumre and phone numbers are invented). */
export const CLINICS: ClinicRow[] = [
  { key: "roskilde-algade", name: "Lægerne på Algade", providerNumber: "042315", municipality: "265", address: "Algade 31, 4000 Roskilde", phone: "46 35 12 40" },
  { key: "roskilde-hyrdehoej", name: "Lægehuset Hyrdehøj", providerNumber: "042408", municipality: "265", address: "Hyrdehøj Bygade 14, 4000 Roskilde", phone: "46 75 22 10" },
  { key: "roskilde-jyllinge", name: "Jyllinge Lægecenter", providerNumber: "042511", municipality: "265", address: "Bygaden 22, 4040 Jyllinge", phone: "46 78 81 30" },
  { key: "slagelse-bredegade", name: "Lægerne i Bredegade", providerNumber: "051207", municipality: "330", address: "Bredegade 8, 4200 Slagelse", phone: "58 52 03 44" },
  { key: "slagelse-korsoer", name: "Korsør Lægehus", providerNumber: "051312", municipality: "330", address: "Algade 60, 4220 Korsør", phone: "58 37 10 28" },
  { key: "naestved-axeltorv", name: "Lægerne ved Axeltorv", providerNumber: "053101", municipality: "370", address: "Axeltorv 4, 4700 Næstved", phone: "55 72 14 50" },
  { key: "naestved-fensmark", name: "Fensmark Lægeklinik", providerNumber: "053214", municipality: "370", address: "Rådhusvej 3, 4684 Holmegaard", phone: "55 54 60 12" },
  { key: "koege-torvet", name: "Lægehuset Køge Torv", providerNumber: "044102", municipality: "259", address: "Torvet 12, 4600 Køge", phone: "56 65 30 20" },
  { key: "koege-borup", name: "Borup Lægepraksis", providerNumber: "044219", municipality: "259", address: "Stationsvej 5, 4140 Borup", phone: "57 52 61 33" },
  { key: "holbaek-ahlgade", name: "Lægerne i Ahlgade", providerNumber: "047306", municipality: "316", address: "Ahlgade 40, 4300 Holbæk", phone: "59 43 01 22" },
  { key: "holbaek-toelloese", name: "Tølløse Lægehus", providerNumber: "047411", municipality: "316", address: "Tølløse Bygade 19, 4340 Tølløse", phone: "59 18 51 17" },
  { key: "greve-centervej", name: "Greve Lægecenter", providerNumber: "043005", municipality: "253", address: "Greve Centervej 9, 2670 Greve", phone: "43 90 12 66" },
  { key: "solroed-strand", name: "Solrød Strand Lægehus", providerNumber: "043117", municipality: "269", address: "Solrød Center 18, 2680 Solrød Strand", phone: "56 14 23 70" },
  { key: "lejre-hvalsoe", name: "Hvalsø Lægepraksis", providerNumber: "042901", municipality: "350", address: "Bygaden 6, 4330 Hvalsø", phone: "46 40 80 15" },
  { key: "ringsted-nygade", name: "Lægerne i Nygade", providerNumber: "049210", municipality: "329", address: "Nygade 9, 4100 Ringsted", phone: "57 61 02 11" },
  { key: "soroe-storgade", name: "Sorø Lægehus", providerNumber: "049318", municipality: "340", address: "Storgade 25, 4180 Sorø", phone: "57 83 14 06" },
  { key: "kalundborg-kordilgade", name: "Lægerne i Kordilgade", providerNumber: "048107", municipality: "326", address: "Kordilgade 52, 4400 Kalundborg", phone: "59 51 09 30" },
  { key: "odsherred-nykoebing", name: "Odsherred Lægecenter", providerNumber: "048215", municipality: "306", address: "Algade 48, 4500 Nykøbing Sj", phone: "59 91 11 84" },
  { key: "faxe-haslev", name: "Haslev Lægehus", providerNumber: "045108", municipality: "320", address: "Jernbanegade 20, 4690 Haslev", phone: "56 31 12 90" },
  { key: "stevns-store-heddinge", name: "Lægerne i Store Heddinge", providerNumber: "045213", municipality: "336", address: "Algade 2, 4660 Store Heddinge", phone: "56 50 20 47" },
  { key: "vordingborg-algade", name: "Vordingborg Lægeklinik", providerNumber: "054306", municipality: "390", address: "Algade 97, 4760 Vordingborg", phone: "55 37 00 58" },
  { key: "guldborgsund-nykoebing", name: "Lægehuset Slotsbryggen", providerNumber: "054412", municipality: "376", address: "Slotsbryggen 2, 4800 Nykøbing F", phone: "54 85 13 02" },
  { key: "lolland-maribo", name: "Maribo Lægecenter", providerNumber: "054519", municipality: "360", address: "Torvet 7, 4930 Maribo", phone: "54 78 02 40" },
  { key: "odense-vestergade", name: "Lægerne i Vestergade", providerNumber: "071104", municipality: "461", address: "Vestergade 70, 5000 Odense C", phone: "66 12 44 80" },
  { key: "odense-dalum", name: "Dalum Lægehus", providerNumber: "071219", municipality: "461", address: "Dalumvej 61, 5250 Odense SV", phone: "66 17 25 11" },
  { key: "svendborg-toldbodvej", name: "Svendborg Lægecenter", providerNumber: "072306", municipality: "479", address: "Toldbodvej 10, 5700 Svendborg", phone: "62 21 08 37" },
  { key: "kolding-jernbanegade", name: "Lægerne i Kolding", providerNumber: "073113", municipality: "621", address: "Jernbanegade 14, 6000 Kolding", phone: "75 52 31 90" },
];

export interface OrgIndex {
  platformId: string;
  /** Region id by region code. */
  regions: Map<string, string>;
  /** Municipality by code. */
  municipalities: Map<string, { id: string; name: string; regionCode: string; locationNumber: string | null }>;
  /** Hospital by key (demo only). */
  hospitals: Map<string, { id: string; name: string; address: string; locationNumber: string }>;
  /** Clinic by key (demo only). */
  clinics: Map<string, { id: string; name: string; municipality: string }>;
  region(code: string): string;
  municipality(code: string): { id: string; name: string; regionCode: string; locationNumber: string | null };
}

/** The demo location number of a municipality's single entry point for electronic referrals. */
export function municipalityLocationNumber(code: string): string {
  return locationNumber(`${code.padStart(3, "0")}10`);
}

async function upsertOrganisation(
  tx: Tx,
  kind: OrganisationKind,
  code: string,
  data: {
    name: string;
    regionId?: string | null;
    municipalityId?: string | null;
    providerNumber?: string | null;
    referralLocationNumber?: string | null;
    address?: string | null;
    phone?: string | null;
    email?: string | null;
  },
): Promise<string> {
  // Fields left undefined are not touched on update (e.g. a production location number set by an admin).
  const row = await tx.organisation.upsert({
    where: { kind_code: { kind, code } },
    create: { id: seedId("org", kind, code), kind, code, ...data },
    update: data,
    select: { id: true },
  });
  return row.id;
}

export async function seedOrganisations(tx: Tx, options: { demo: boolean }): Promise<OrgIndex> {
  const rows = readMunicipalities();
  if (rows.length !== 98) throw new Error(`municipalities.csv: expected 98 municipalities, found ${rows.length}`);

  const platformId = await upsertOrganisation(tx, "PLATFORM", PLATFORM.code, { name: PLATFORM.name });

  const regions = new Map<string, string>();
  for (const row of rows) {
    if (regions.has(row.regionCode)) continue;
    regions.set(row.regionCode, await upsertOrganisation(tx, "REGION", row.regionCode, { name: row.regionName }));
  }

  const municipalities: OrgIndex["municipalities"] = new Map();
  for (const row of rows) {
    const number = options.demo ? municipalityLocationNumber(row.code) : null;
    const id = await upsertOrganisation(tx, "MUNICIPALITY", row.code, {
      name: row.name,
      regionId: regions.get(row.regionCode),
      ...(options.demo ? { referralLocationNumber: number } : {}),
    });
    municipalities.set(row.code, { id, name: row.name, regionCode: row.regionCode, locationNumber: number });
  }

  const hospitals: OrgIndex["hospitals"] = new Map();
  const clinics: OrgIndex["clinics"] = new Map();
  if (options.demo) {
    for (const [n, h] of HOSPITALS.entries()) {
      const municipality = municipalities.get(h.municipality);
      if (!municipality) throw new Error(`hospital ${h.name}: unknown municipality ${h.municipality}`);
      const number = locationNumber(`9${String(n + 1).padStart(2, "0")}20`);
      const id = await upsertOrganisation(tx, "HOSPITAL", h.code, {
        name: h.name,
        regionId: regions.get(municipality.regionCode),
        municipalityId: municipality.id,
        referralLocationNumber: number,
        address: h.address,
        phone: h.phone,
      });
      hospitals.set(h.key, { id, name: h.name, address: h.address, locationNumber: number });
    }
    for (const c of CLINICS) {
      const municipality = municipalities.get(c.municipality);
      if (!municipality) throw new Error(`clinic ${c.name}: unknown municipality ${c.municipality}`);
      const id = await upsertOrganisation(tx, "GP_CLINIC", c.providerNumber, {
        name: c.name,
        providerNumber: c.providerNumber,
        regionId: regions.get(municipality.regionCode),
        municipalityId: municipality.id,
        address: c.address,
        phone: c.phone,
        email: `${c.key}@praksis.demo.dk`,
      });
      clinics.set(c.key, { id, name: c.name, municipality: c.municipality });
    }
  }

  return {
    platformId,
    regions,
    municipalities,
    hospitals,
    clinics,
    region(code) {
      const id = regions.get(code);
      if (!id) throw new Error(`seed: unknown region ${code}`);
      return id;
    },
    municipality(code) {
      const m = municipalities.get(code);
      if (!m) throw new Error(`seed: unknown municipality ${code}`);
      return m;
    },
  };
}
