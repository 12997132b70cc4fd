/**
 * Scale data for the GP lookup benchmark: a national dataset of prevention offers — the 5 regions and
 * 98 municipalities (prisma/seed/data/municipalities.csv, upserted by their official codes like the seed),
 * ~40 published offers per municipality (varied Danish titles and texts over the KRAM risk factors and
 * the diagnoses, ~10 % overdue for confirmation, a few drafts and archived ones), 8 specialised offers
 * per region, and two partner arrangements per municipality with a neighbour.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helper_offers_bench npx tsx scripts/generate-national-offers.ts [--per-municipality 40]
 *
 * Deterministic (a seeded PRNG; ids "gen-<code>-<n>"), and re-runnable: it replaces its own offers
 * and leaves everything else alone. The database must be migrated (`npx prisma migrate deploy`).
 * Used by bench/offers-lookup.ts, which calls generateNationalOffers() when the data is missing.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Capacity, Diagnosis, OfferFormat, OfferStatus, ReferralRoute, RiskFactor } from "@/lib/generated/prisma/enums";
import { createPrismaClient } from "@/lib/db/create-client";
import { readMunicipalities } from "@/prisma/seed/csv";
import { locationNumber, prng } from "@/prisma/seed/util";

type Template = {
  title: string;
  summary: string;
  description: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  formats: OfferFormat[];
  targetGroup: string;
  ages?: [number | null, number | null];
};

const TEMPLATES: Template[] = [
  { title: "Rygestopkursus i grupper", summary: "Seks mødegange med andre, der vil holde op med at ryge.", description: "Gruppeforløb med rygestopinstruktør, nikotinerstatning og opfølgning efter tre og seks måneder.", riskFactors: ["SMOKING"], diagnoses: [], formats: ["GROUP"], targetGroup: "Voksne rygere" },
  { title: "Individuelt rygestopforløb", summary: "Personlig rådgivning om rygning og rygestop.", description: "Fem samtaler med en rygestopinstruktør; hjælp til nikotinerstatning og tilbagefaldsforebyggelse.", riskFactors: ["SMOKING"], diagnoses: [], formats: ["INDIVIDUAL"], targetGroup: "Rygere, der ønsker individuel støtte" },
  { title: "Røgfri graviditet", summary: "Hjælp til at stoppe med at ryge under graviditeten.", description: "Samtaler med jordemoder og rygestopinstruktør for gravide og deres partnere.", riskFactors: ["SMOKING"], diagnoses: [], formats: ["INDIVIDUAL"], targetGroup: "Gravide, der ryger, og deres partnere" },
  { title: "Rygestop for unge – online", summary: "Et digitalt forløb om at stoppe med smøger og snus.", description: "Chat og korte videoer; for unge, der ryger eller bruger snus.", riskFactors: ["SMOKING"], diagnoses: [], formats: ["ONLINE"], targetGroup: "Unge, der ryger eller bruger snus", ages: [15, 25] },
  { title: "KOL-rehabilitering", summary: "Træning og undervisning for borgere med KOL.", description: "Otte ugers holdtræning med fysioterapeut og undervisning om lungesygdom, medicin og rygestop.", riskFactors: ["SMOKING", "EXERCISE"], diagnoses: ["COPD"], formats: ["GROUP"], targetGroup: "Borgere med KOL" },
  { title: "Lungesund hverdag", summary: "Hjælp til at leve godt med en lungesygdom.", description: "Vejrtrækningsteknik, energiforvaltning og fysisk aktivitet.", riskFactors: ["EXERCISE"], diagnoses: ["COPD"], formats: ["GROUP"], targetGroup: "Borgere med KOL eller anden kronisk lungesygdom" },
  { title: "Lær at leve med type 2-diabetes", summary: "Patientuddannelse for borgere med type 2-diabetes.", description: "Undervisning om blodsukker, kost, motion og medicin; erfaringsudveksling.", riskFactors: ["DIET", "EXERCISE"], diagnoses: ["TYPE2_DIABETES"], formats: ["GROUP"], targetGroup: "Borgere med type 2-diabetes" },
  { title: "Hjertegenoptræning", summary: "Træning og undervisning efter hjertesygdom.", description: "Tolv ugers tilpasset træning og samtaler om kost, rygning og psykisk trivsel.", riskFactors: ["EXERCISE"], diagnoses: ["HEART_DISEASE"], formats: ["GROUP"], targetGroup: "Borgere med iskæmisk hjertesygdom eller hjertesvigt" },
  { title: "Motion på recept", summary: "Kom i gang med fysisk aktivitet med støtte.", description: "Fire måneders motion i hold med en træner og opfølgende samtaler.", riskFactors: ["EXERCISE", "OVERWEIGHT"], diagnoses: [], formats: ["GROUP"], targetGroup: "Fysisk inaktive voksne" },
  { title: "Træning for seniorer", summary: "Styrke og balance for ældre borgere.", description: "Holdtræning to gange om ugen for at forebygge fald.", riskFactors: ["EXERCISE"], diagnoses: ["MUSCULOSKELETAL"], formats: ["GROUP"], targetGroup: "Borgere over 65 år", ages: [65, null] },
  { title: "Kost og vægt", summary: "Individuelle samtaler om kost, vægt og vaner.", description: "Kostvejledning hos klinisk diætist; fokus på varige ændringer.", riskFactors: ["DIET", "OVERWEIGHT"], diagnoses: [], formats: ["INDIVIDUAL"], targetGroup: "Voksne med overvægt" },
  { title: "Madglæde og sund kost", summary: "Madlavning og ernæring i fællesskab.", description: "Fælles madlavning og undervisning i sund kost på et budget.", riskFactors: ["DIET"], diagnoses: [], formats: ["GROUP"], targetGroup: "Voksne, der vil spise sundere" },
  { title: "Alkoholbehandling – ambulant", summary: "Gratis og anonym behandling for alkoholproblemer.", description: "Samtaler, medicinsk behandling og pårørendesamtaler.", riskFactors: ["ALCOHOL"], diagnoses: [], formats: ["INDIVIDUAL", "GROUP"], targetGroup: "Borgere med et skadeligt alkoholforbrug" },
  { title: "Snak om alkohol", summary: "En kort samtale om dit forbrug af alkohol.", description: "Kort rådgivende samtale med sundhedsplejerske.", riskFactors: ["ALCOHOL"], diagnoses: [], formats: ["INDIVIDUAL"], targetGroup: "Voksne, der drikker over Sundhedsstyrelsens anbefalinger" },
  { title: "Stresshåndtering", summary: "Kursus i at håndtere stress i hverdagen.", description: "Otte mødegange med mindfulness, psykoedukation og hjemmeopgaver.", riskFactors: ["MENTAL_HEALTH"], diagnoses: [], formats: ["GROUP"], targetGroup: "Voksne med symptomer på stress" },
  { title: "Søvn og trivsel", summary: "Bedre søvn og mere overskud.", description: "Undervisning om søvnhygiejne og mental sundhed.", riskFactors: ["MENTAL_HEALTH"], diagnoses: [], formats: ["GROUP", "ONLINE"], targetGroup: "Voksne med søvnproblemer" },
  { title: "Kræftrehabilitering – krop og sind", summary: "Træning og samtaler efter kræftbehandling.", description: "Tilpasset fysisk træning, samtaler og netværk.", riskFactors: ["EXERCISE", "MENTAL_HEALTH"], diagnoses: ["CANCER"], formats: ["GROUP", "INDIVIDUAL"], targetGroup: "Borgere i eller efter behandling for kræft" },
  { title: "Træning ved knæ- og hofteartrose", summary: "Træning og uddannelse ved slidgigt.", description: "Seks ugers træning og to undervisningsgange om artrose.", riskFactors: ["EXERCISE"], diagnoses: ["MUSCULOSKELETAL"], formats: ["GROUP"], targetGroup: "Borgere med artrose i knæ eller hofte" },
  { title: "Rådgivning om hash og rusmidler", summary: "Anonym rådgivning for unge om hash og andre stoffer.", description: "Samtaler med misbrugskonsulent; også for forældre.", riskFactors: ["DRUGS"], diagnoses: [], formats: ["INDIVIDUAL"], targetGroup: "Unge under 25 år og deres forældre", ages: [13, 25] },
  { title: "Seksuel sundhed for unge", summary: "Prævention, kønssygdomme og trivsel.", description: "Åben rådgivning og test for klamydia.", riskFactors: ["SEXUAL_HEALTH"], diagnoses: [], formats: ["INDIVIDUAL"], targetGroup: "Unge mellem 15 og 25 år", ages: [15, 25] },
  { title: "Mestring af depression og angst", summary: "Kursus i at leve med angst og nedtrykthed.", description: "Kognitive metoder i små hold med psykolog.", riskFactors: ["MENTAL_HEALTH"], diagnoses: ["DEPRESSION_ANXIETY"], formats: ["GROUP"], targetGroup: "Voksne med let til moderat depression eller angst" },
  { title: "Sund hverdag – livsstilskursus", summary: "Kost, motion, søvn og rygning under ét.", description: "Et bredt forløb om KRAM-faktorerne med individuelle mål.", riskFactors: ["DIET", "EXERCISE", "SMOKING", "ALCOHOL"], diagnoses: [], formats: ["GROUP"], targetGroup: "Voksne med en eller flere risikofaktorer" },
];

const VARIANTS = ["", " – forår", " – efterår", " – aftenhold", " – dagshold", " – for mænd", " – på arabisk", " – i lokalområdet"];
const PLACES = ["Sundhedscenter", "Borgerhus", "Aktivitetscenter", "Træningscenter", "Sundhedshus"];
const ROUTES: ReferralRoute[] = ["CLARIFYING_CONVERSATION", "CLARIFYING_CONVERSATION", "CLARIFYING_CONVERSATION", "REFERRAL_REQUIRED", "DIRECT_ACCESS"];
const CAPACITIES: Capacity[] = ["OPEN", "OPEN", "OPEN", "OPEN", "WAITING_LIST", "CLOSED"];
const DAY = 86_400_000;

export type GenerateOptions = { perMunicipality?: number; now?: Date; log?: (message: string) => void };

export async function generateNationalOffers(db: PrismaClient, options: GenerateOptions = {}) {
  const perMunicipality = options.perMunicipality ?? 40;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const random = prng("national-offers");
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

  // Regions and municipalities by their official codes (the seed's natural key).
  const rows = readMunicipalities();
  const regionIds = new Map<string, string>();
  for (const [code, name] of new Map(rows.map((r) => [r.regionCode, r.regionName]))) {
    const region = await db.organisation.upsert({
      where: { kind_code: { kind: "REGION", code } },
      create: { kind: "REGION", code, name },
      update: {},
      select: { id: true },
    });
    regionIds.set(code, region.id);
  }
  const municipalities: { id: string; code: string; name: string; regionCode: string; entryPoint: string }[] = [];
  for (const row of rows) {
    const entryPoint = locationNumber(`${row.code.padStart(3, "0")}10`);
    const m = await db.organisation.upsert({
      where: { kind_code: { kind: "MUNICIPALITY", code: row.code } },
      create: { kind: "MUNICIPALITY", code: row.code, name: row.name, regionId: regionIds.get(row.regionCode), referralLocationNumber: entryPoint },
      update: {},
      select: { id: true, referralLocationNumber: true },
    });
    municipalities.push({ id: m.id, code: row.code, name: row.name, regionCode: row.regionCode, entryPoint: m.referralLocationNumber ?? entryPoint });
  }
  log(`${regionIds.size} regions, ${municipalities.length} municipalities`);

  const removed = await db.offer.deleteMany({ where: { id: { startsWith: "gen-" } } });
  if (removed.count) log(`removed ${removed.count} previously generated offers`);

  const offers: Prisma.OfferCreateManyInput[] = [];
  const locations: { offerId: string; name: string; address: string; postalCode: string; city: string; position: number }[] = [];

  const makeOffer = (id: string, ownerId: string, ownerName: string, entryPoint: string | null, template: Template, variant: string, town: string, specialised: boolean) => {
    const roll = random();
    const status: OfferStatus = roll < 0.04 ? "DRAFT" : roll < 0.07 ? "ARCHIVED" : "PUBLISHED";
    const stale = random() < 0.1;
    const lastConfirmedAt = new Date(now.getTime() - (stale ? 200 + Math.floor(random() * 200) : Math.floor(random() * 170)) * DAY);
    const capacity = pick(CAPACITIES);
    const ages = template.ages ?? [18, null];
    offers.push({
      id,
      ownerId,
      title: `${template.title}${variant}`,
      summary: template.summary,
      description: `${template.description} Tilbuddet udbydes af ${ownerName}.`,
      riskFactors: template.riskFactors,
      diagnoses: template.diagnoses,
      scope: specialised || template.diagnoses.length > 0 ? "DISEASE_SPECIFIC" : "GENERAL",
      orientation: template.diagnoses.length > 0 ? "PATIENT" : "CITIZEN",
      targetAgeMin: ages[0],
      targetAgeMax: ages[1],
      targetGroup: template.targetGroup,
      formats: template.formats,
      sessions: 4 + Math.floor(random() * 9),
      durationWeeks: 4 + Math.floor(random() * 9),
      schedule: `${pick(["Mandage", "Tirsdage", "Onsdage", "Torsdage"])} kl. ${pick(["9–11", "13–15", "16–18", "19–21"])}`,
      languages: variant.includes("arabisk") ? ["da", "ar"] : random() < 0.15 ? ["da", "en"] : ["da"],
      afterHours: variant.includes("aften") || random() < 0.2,
      relativesWelcome: random() < 0.3,
      contactName: `${template.title.split(" ")[0]}-teamet`,
      contactPhone: `${40 + Math.floor(random() * 50)} ${10 + Math.floor(random() * 89)} ${10 + Math.floor(random() * 89)} ${10 + Math.floor(random() * 89)}`,
      contactEmail: `forebyggelse@${ownerName.toLowerCase().split(" ")[0].replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")}.dk`,
      referralRoute: pick(ROUTES),
      entryPointLocationNumber: entryPoint,
      capacity,
      waitingWeeksMin: capacity === "WAITING_LIST" ? 2 : null,
      waitingWeeksMax: capacity === "WAITING_LIST" ? 6 : null,
      status,
      standardsConfirmedAt: status === "DRAFT" ? null : lastConfirmedAt,
      specialisedConditionsConfirmedAt: !specialised && template.diagnoses.length > 0 ? lastConfirmedAt : null,
      lastConfirmedAt,
      reviewIntervalDays: 180,
      publishedAt: status === "DRAFT" ? null : lastConfirmedAt,
      archivedAt: status === "ARCHIVED" ? now : null,
    });
    if (!template.formats.every((f) => f === "ONLINE")) {
      locations.push({ offerId: id, name: `${pick(PLACES)} ${town}`, address: `${pick(["Torvet", "Skolevej", "Parkvej", "Stationsvej"])} ${1 + Math.floor(random() * 80)}`, postalCode: String(1000 + Math.floor(random() * 8999)), city: town, position: 0 });
    }
  };

  for (const m of municipalities) {
    const town = m.name.replace(/ Kommune$/, "");
    for (let n = 0; n < perMunicipality; n++) {
      const template = TEMPLATES[(n + Number(m.code)) % TEMPLATES.length];
      const variant = VARIANTS[Math.floor(n / TEMPLATES.length) % VARIANTS.length];
      makeOffer(`gen-${m.code}-${n}`, m.id, m.name, m.entryPoint, template, variant, town, false);
    }
  }
  for (const [code, regionId] of regionIds) {
    const specialised = TEMPLATES.filter((t) => t.diagnoses.length > 0);
    for (let n = 0; n < 8; n++) {
      const template = specialised[n % specialised.length];
      makeOffer(`gen-r${code}-${n}`, regionId, rows.find((r) => r.regionCode === code)!.regionName, null, { ...template, title: `Specialiseret ${template.title.charAt(0).toLowerCase()}${template.title.slice(1)}` }, "", "Regionshospitalet", true);
    }
  }

  for (let i = 0; i < offers.length; i += 500) await db.offer.createMany({ data: offers.slice(i, i + 500) });
  for (let i = 0; i < locations.length; i += 1000) await db.offerLocation.createMany({ data: locations.slice(i, i + 1000) });

  // Two partner arrangements per municipality: its neighbour (next code in the region) may use two of its offers.
  const partners: { offerId: string; citizenMunicipalityId: string; note: string }[] = [];
  for (const [regionCode] of regionIds) {
    const inRegion = municipalities.filter((m) => m.regionCode === regionCode);
    inRegion.forEach((m, i) => {
      const neighbour = inRegion[(i + 1) % inRegion.length];
      if (neighbour.id === m.id) return;
      for (const n of [4, 12]) partners.push({ offerId: `gen-${m.code}-${n}`, citizenMunicipalityId: neighbour.id, note: `Borgere i ${neighbour.name} kan bruge tilbuddet.` });
    });
  }
  await db.partnerArrangement.createMany({ data: partners, skipDuplicates: true });
  await db.$executeRawUnsafe(`ANALYZE "Offer", "OfferLocation", "PartnerArrangement", "Organisation"`);

  const published = offers.filter((o) => o.status === "PUBLISHED").length;
  log(`${offers.length} offers (${published} published), ${locations.length} locations, ${partners.length} partner arrangements`);
  return { offers: offers.length, published, partners: partners.length };
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// Run directly: `npx tsx scripts/generate-national-offers.ts`.
if (process.argv[1] && /generate-national-offers\.ts$/.test(process.argv[1])) {
  const db = createPrismaClient();
  const started = Date.now();
  generateNationalOffers(db, { perMunicipality: Number(argValue("--per-municipality") ?? 40), log: (m) => console.log(`[generate] ${m}`) })
    .then(() => console.log(`[generate] done in ${((Date.now() - started) / 1000).toFixed(1)} s`))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
