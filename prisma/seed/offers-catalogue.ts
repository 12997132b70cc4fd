/**
 * Demo prevention offers: the templates the municipalities' offers are made from, which offers each
 * Region Sjælland municipality runs and where, the region's specialised offers and Roskilde's drafts.
 * "{kommune}" in a text is replaced by the owning municipality's name.
 */
import type { Capacity, Diagnosis, OfferFormat, OfferOrientation, OfferScope, ReferralRoute, RiskFactor } from "@/lib/generated/prisma/enums";
import { M } from "./organisations";

export interface OfferTemplate {
  title: string;
  summary: string;
  description: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  scope: OfferScope;
  orientation: OfferOrientation;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  targetGroup: string;
  formats: OfferFormat[];
  sessions: number | null;
  durationWeeks: number | null;
  /** One is picked per municipality. */
  schedules: string[];
  languages: string[];
  afterHours: boolean;
  specialNeedsSupport: string | null;
  relativesWelcome: boolean;
  referralRoute: ReferralRoute;
  evidenceBase: string | null;
  reviewIntervalDays?: number;
}

export const TEMPLATES = {
  "rygestop-gruppe": {
    title: "Rygestopkursus i grupper",
    summary: "Gratis rygestopkursus med 5–6 mødegange og støtte til rygestopmedicin.",
    description:
      "Et rygestopforløb efter Den Danske Rygestopmodel, hvor du sammen med andre rygere forbereder dig på stopdagen og får støtte de første svære uger.\n\nEn uddannet rygestoprådgiver leder holdet. Du får hjælp til at vælge nikotinerstatning eller anden rygestopmedicin, og {kommune} giver tilskud til medicinen, mens du deltager.",
    riskFactors: ["SMOKING"],
    diagnoses: [],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Rygere over 18 år, der ønsker at stoppe – også gravide og deres partnere.",
    formats: ["GROUP"],
    sessions: 6,
    durationWeeks: 6,
    schedules: ["Tirsdage kl. 16.30–18.00", "Mandage kl. 17.00–18.30", "Onsdage kl. 9.30–11.00", "Torsdage kl. 16.00–17.30"],
    languages: ["da"],
    afterHours: true,
    specialNeedsSupport: null,
    relativesWelcome: false,
    referralRoute: "DIRECT_ACCESS",
    evidenceBase: "Den Danske Rygestopmodel; Sundhedsstyrelsens forebyggelsespakke om tobak",
  },
  "rygestop-individuelt": {
    title: "Individuelt rygestopforløb",
    summary: "Personlige samtaler med en rygestoprådgiver – fremmøde eller telefon.",
    description:
      "Forløbet består af fem samtaler á ca. 30 minutter med en rygestoprådgiver. Samtalerne kan foregå i sundhedscentret eller over telefonen, og tidspunktet aftales med dig.\n\nForløbet er særligt velegnet, hvis du har svært ved at deltage på et hold, eller hvis du er gravid.",
    riskFactors: ["SMOKING"],
    diagnoses: [],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 16,
    targetAgeMax: null,
    targetGroup: "Rygere fra 16 år, fx gravide, borgere med psykisk sygdom eller borgere, der ikke kan deltage på hold.",
    formats: ["INDIVIDUAL"],
    sessions: 5,
    durationWeeks: 8,
    schedules: ["Efter aftale på hverdage kl. 8–18", "Efter aftale, også tidlig morgen"],
    languages: ["da", "en"],
    afterHours: true,
    specialNeedsSupport: "Samtalerne kan foregå i borgerens hjem eller med tolk.",
    relativesWelcome: true,
    referralRoute: "DIRECT_ACCESS",
    evidenceBase: "Den Danske Rygestopmodel",
  },
  kol: {
    title: "KOL-rehabilitering",
    summary: "Træning og undervisning for borgere med KOL – to gange om ugen i otte uger.",
    description:
      "Rehabiliteringsforløbet kombinerer fysisk træning med patientuddannelse om KOL, vejrtrækning, medicin, kost, rygestop og det at leve med en kronisk lungesygdom.\n\nForløbet ledes af fysioterapeuter og sygeplejersker fra {kommune} og følger forløbsprogrammet for KOL. Før start holdes en individuel samtale, hvor mål for forløbet aftales.",
    riskFactors: ["EXERCISE", "SMOKING"],
    diagnoses: ["COPD"],
    scope: "DISEASE_SPECIFIC",
    orientation: "PATIENT",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Borgere med KOL (MRC 2–4), stabile og uden behov for specialiseret rehabilitering.",
    formats: ["GROUP"],
    sessions: 16,
    durationWeeks: 8,
    schedules: ["Mandage og torsdage kl. 10.00–12.00", "Tirsdage og fredage kl. 9.00–11.00"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: "Kørsel kan bevilges efter sundhedslovens regler.",
    relativesWelcome: true,
    referralRoute: "REFERRAL_REQUIRED",
    evidenceBase: "Forløbsprogram for KOL, Region Sjælland; Sundhedsstyrelsens anbefalinger for lungerehabilitering",
  },
  diabetes: {
    title: "Lær at leve med type 2-diabetes",
    summary: "Patientuddannelse om kost, motion, medicin og hverdagen med type 2-diabetes.",
    description:
      "Et hold for borgere med type 2-diabetes, hvor du lærer om sygdommen, blodsukker, medicin, fødder og øjne, og hvordan kost og bevægelse påvirker din diabetes.\n\nUndervisningen veksler mellem oplæg, erfaringsudveksling og praktiske øvelser. Pårørende er velkomne på udvalgte mødegange.",
    riskFactors: ["DIET", "EXERCISE", "OVERWEIGHT"],
    diagnoses: ["TYPE2_DIABETES"],
    scope: "DISEASE_SPECIFIC",
    orientation: "PATIENT",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Borgere med type 2-diabetes, især nydiagnosticerede.",
    formats: ["GROUP"],
    sessions: 8,
    durationWeeks: 8,
    schedules: ["Onsdage kl. 13.00–15.30", "Tirsdage kl. 17.00–19.00", "Torsdage kl. 9.30–12.00"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: null,
    relativesWelcome: true,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: "Forløbsprogram for type 2-diabetes; Sundhedsstyrelsens anbefalinger for patientuddannelse",
  },
  motion: {
    title: "Motion på recept",
    summary: "Superviseret træning i 12 uger for borgere med livsstilssygdom eller risiko for den.",
    description:
      "Motion på recept er et træningsforløb, hvor du træner på hold med andre under vejledning af en fysioterapeut. Målet er, at du efter forløbet kan fortsætte med at være fysisk aktiv på egen hånd eller i en lokal forening.\n\nForløbet starter og slutter med en test af kondition og styrke, så du kan se din fremgang.",
    riskFactors: ["EXERCISE", "OVERWEIGHT"],
    diagnoses: ["TYPE2_DIABETES", "MUSCULOSKELETAL"],
    scope: "GENERAL",
    orientation: "PATIENT",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Fysisk inaktive borgere med eller i risiko for livsstilssygdom.",
    formats: ["GROUP", "INDIVIDUAL"],
    sessions: 24,
    durationWeeks: 12,
    schedules: ["Mandage og onsdage kl. 15.00–16.00", "Tirsdage og torsdage kl. 8.00–9.00"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: null,
    relativesWelcome: false,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: "Fysisk aktivitet – håndbog om forebyggelse og behandling (Sundhedsstyrelsen)",
  },
  alkohol: {
    title: "Alkoholbehandling – Ambulant",
    summary: "Gratis og fortrolig alkoholbehandling – du kan henvende dig direkte og anonymt.",
    description:
      "Alkoholbehandlingen i {kommune} tilbyder samtaler med en alkoholbehandler, medicinsk behandling og familiesamtaler. Du kan henvende dig direkte og er garanteret start på behandling inden for 14 dage.\n\nBehandlingen tilpasses dig og kan foregå individuelt, i gruppe eller sammen med dine pårørende.",
    riskFactors: ["ALCOHOL"],
    diagnoses: [],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Borgere med et skadeligt alkoholforbrug eller alkoholafhængighed og deres pårørende.",
    formats: ["INDIVIDUAL", "GROUP"],
    sessions: null,
    durationWeeks: null,
    schedules: ["Åben rådgivning mandag kl. 15–18, ellers efter aftale", "Åben rådgivning torsdag kl. 14–18, ellers efter aftale"],
    languages: ["da", "en"],
    afterHours: true,
    specialNeedsSupport: "Anonym behandling er mulig.",
    relativesWelcome: true,
    referralRoute: "DIRECT_ACCESS",
    evidenceBase: "Nationale kliniske retningslinjer for behandling af alkoholafhængighed",
  },
  kost: {
    title: "Kost og vægt – individuelle samtaler",
    summary: "Samtaler med en klinisk diætist om kost, vægt og varige vaner.",
    description:
      "Du får fire samtaler med en klinisk diætist fra {kommune}, som tager udgangspunkt i dine madvaner og mål. Sammen lægger I en realistisk plan for ændringer, der kan holde i hverdagen.\n\nForløbet kan kombineres med et træningstilbud.",
    riskFactors: ["DIET", "OVERWEIGHT"],
    diagnoses: [],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Voksne med overvægt (BMI over 30) eller behov for at ændre kostvaner af helbredsmæssige grunde.",
    formats: ["INDIVIDUAL"],
    sessions: 4,
    durationWeeks: 12,
    schedules: ["Efter aftale på hverdage", "Efter aftale, også tirsdag aften"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: null,
    relativesWelcome: true,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: "De officielle kostråd (Fødevarestyrelsen)",
  },
  hjerte: {
    title: "Hjertegenoptræning (fase III)",
    summary: "Træning og undervisning efter hjertesygdom, som fortsættelse af sygehusets forløb.",
    description:
      "Forløbet er for dig, der har gennemført hjerterehabilitering på sygehuset (fase II) og skal videre med træning og livsstilsændringer i kommunen.\n\nDu træner på hold to gange om ugen og deltager i undervisning om kost, rygestop, medicin og det at leve med hjertesygdom.",
    riskFactors: ["EXERCISE", "DIET", "SMOKING"],
    diagnoses: ["HEART_DISEASE"],
    scope: "DISEASE_SPECIFIC",
    orientation: "PATIENT",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Borgere med iskæmisk hjertesygdom eller hjertesvigt efter afsluttet fase II-rehabilitering.",
    formats: ["GROUP"],
    sessions: 16,
    durationWeeks: 8,
    schedules: ["Mandage og torsdage kl. 13.00–14.30", "Tirsdage og fredage kl. 10.00–11.30"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: null,
    relativesWelcome: true,
    referralRoute: "REFERRAL_REQUIRED",
    evidenceBase: "Nationale kliniske retningslinjer for hjerterehabilitering",
  },
  stress: {
    title: "Stresshåndtering",
    summary: "Kursus i at forstå og håndtere stress – otte mødegange med mindfulness og redskaber.",
    description:
      "På kurset lærer du at genkende tegn på stress og får redskaber til at håndtere dem, blandt andet mindfulness, prioritering og samtaler om arbejde og familieliv.\n\nKurset ledes af en psykolog og en sygeplejerske. Det er ikke behandling af depression eller angst; har du svære symptomer, tal med din læge.",
    riskFactors: ["MENTAL_HEALTH"],
    diagnoses: ["DEPRESSION_ANXIETY"],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 18,
    targetAgeMax: 67,
    targetGroup: "Voksne med let til moderat stress, fx i forbindelse med sygemelding.",
    formats: ["GROUP"],
    sessions: 8,
    durationWeeks: 8,
    schedules: ["Tirsdage kl. 16.00–18.30", "Onsdage kl. 9.00–11.30"],
    languages: ["da"],
    afterHours: true,
    specialNeedsSupport: null,
    relativesWelcome: false,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: "Mindfulness-baseret stressreduktion (MBSR); Sundhedsstyrelsens forebyggelsespakke om mental sundhed",
  },
  livsstil: {
    title: "Sund hverdag – livsstilskursus",
    summary: "Et kursus om kost, bevægelse, søvn og rygning for dig, der vil ændre vaner.",
    description:
      "Et hold for voksne, der vil ændre flere vaner på én gang. Du får viden om KRAM-faktorerne, træner let sammen med de andre og sætter dine egne mål.\n\nKurset afsluttes med en opfølgende samtale efter tre måneder.",
    riskFactors: ["DIET", "EXERCISE", "SMOKING", "ALCOHOL", "OVERWEIGHT"],
    diagnoses: [],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Voksne med usunde vaner inden for flere KRAM-faktorer.",
    formats: ["GROUP"],
    sessions: 10,
    durationWeeks: 10,
    schedules: ["Onsdage kl. 17.00–19.00", "Mandage kl. 10.00–12.00"],
    languages: ["da"],
    afterHours: true,
    specialNeedsSupport: null,
    relativesWelcome: true,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: null,
  },
  kraeft: {
    title: "Kræftrehabilitering – Krop og sind",
    summary: "Træning, undervisning og samtaler for borgere med eller efter kræft.",
    description:
      "Forløbet hjælper dig videre under og efter kræftbehandling med træning, undervisning om træthed, kost og søvn og samtaler om at vende tilbage til hverdag og arbejde.\n\nDu starter med en afklarende samtale, hvor vi sammen finder ud af, hvilke dele af forløbet der passer til dig.",
    riskFactors: ["EXERCISE", "MENTAL_HEALTH"],
    diagnoses: ["CANCER"],
    scope: "DISEASE_SPECIFIC",
    orientation: "PATIENT",
    targetAgeMin: 18,
    targetAgeMax: null,
    targetGroup: "Borgere med kræft under eller efter behandling med en genoptrænings- eller rehabiliteringsplan.",
    formats: ["GROUP", "INDIVIDUAL"],
    sessions: 12,
    durationWeeks: 12,
    schedules: ["Tirsdage og torsdage kl. 10.00–11.30"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: null,
    relativesWelcome: true,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: "Forløbsprogram for rehabilitering og palliation i forbindelse med kræft",
  },
  artrose: {
    title: "Træning og uddannelse ved knæ- og hofteartrose",
    summary: "To gange undervisning og tolv ugers træning efter GLA:D-konceptet.",
    description:
      "Et forløb for borgere med artrose i knæ eller hofte, hvor du lærer om sygdommen og træner øvelser, der mindsker smerter og forbedrer funktionen.\n\nForløbet ledes af certificerede fysioterapeuter, og dine resultater indgår i den nationale GLA:D-database.",
    riskFactors: ["EXERCISE", "OVERWEIGHT"],
    diagnoses: ["MUSCULOSKELETAL"],
    scope: "DISEASE_SPECIFIC",
    orientation: "PATIENT",
    targetAgeMin: 30,
    targetAgeMax: null,
    targetGroup: "Borgere med symptomgivende knæ- eller hofteartrose.",
    formats: ["GROUP"],
    sessions: 14,
    durationWeeks: 6,
    schedules: ["Mandage og onsdage kl. 14.00–15.00", "Tirsdage og torsdage kl. 16.30–17.30"],
    languages: ["da"],
    afterHours: false,
    specialNeedsSupport: null,
    relativesWelcome: false,
    referralRoute: "CLARIFYING_CONVERSATION",
    evidenceBase: "Nationale kliniske retningslinjer for knæ- og hofteartrose; GLA:D",
  },
  "ung-mental": {
    title: "Tidlig indsats for unge i mistrivsel",
    summary: "Samtaleforløb og gruppe for unge med stress, ensomhed eller lettere angst.",
    description:
      "Unge mellem 15 og 25 år kan få op til seks samtaler med en psykolog eller sundhedsplejerske og deltage i en ungegruppe om trivsel, søvn og tanker.\n\nDu kan selv skrive eller ringe – også anonymt – og samtalerne kan foregå på chat.",
    riskFactors: ["MENTAL_HEALTH"],
    diagnoses: ["DEPRESSION_ANXIETY"],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 15,
    targetAgeMax: 25,
    targetGroup: "Unge 15–25 år i mistrivsel.",
    formats: ["INDIVIDUAL", "GROUP", "ONLINE"],
    sessions: 6,
    durationWeeks: 10,
    schedules: ["Chat mandag–torsdag kl. 15–19; samtaler efter aftale"],
    languages: ["da", "en"],
    afterHours: true,
    specialNeedsSupport: null,
    relativesWelcome: false,
    referralRoute: "DIRECT_ACCESS",
    evidenceBase: "ABC for mental sundhed; Sundhedsstyrelsens forebyggelsespakke om mental sundhed",
  },
  stoffer: {
    title: "Ung rådgivning om hash og andre rusmidler",
    summary: "Anonym rådgivning og behandling for unge, der ryger hash eller tager andre stoffer.",
    description:
      "Ungerådgivningen tilbyder samtaler, gruppeforløb og familiesamtaler til unge under 25 år, der bruger hash eller andre rusmidler. Du kan henvende dig direkte og anonymt.\n\nForløbet bygger på U-turn-metoden og tager udgangspunkt i dine egne mål.",
    riskFactors: ["DRUGS"],
    diagnoses: [],
    scope: "GENERAL",
    orientation: "CITIZEN",
    targetAgeMin: 14,
    targetAgeMax: 25,
    targetGroup: "Unge 14–25 år med forbrug af rusmidler og deres forældre.",
    formats: ["INDIVIDUAL", "GROUP"],
    sessions: null,
    durationWeeks: 12,
    schedules: ["Åben rådgivning onsdag kl. 14–18, ellers efter aftale"],
    languages: ["da"],
    afterHours: true,
    specialNeedsSupport: "Anonym rådgivning er mulig.",
    relativesWelcome: true,
    referralRoute: "DIRECT_ACCESS",
    evidenceBase: "U-turn-metoden; Sundhedsstyrelsens forebyggelsespakke om stoffer",
  },
} satisfies Record<string, OfferTemplate>;

export type TemplateKey = keyof typeof TEMPLATES;

export interface OfferLocationData {
  name: string;
  address: string;
  postalCode: string;
  city: string;
  accessibility: string;
}

export interface MunicipalityOffers {
  code: string;
  contactName: string;
  contactPhone: string;
  /** Domain part of contact e-mails (fictional). */
  mail: string;
  locations: [OfferLocationData, OfferLocationData];
  offers: TemplateKey[];
}

const STEP_FREE = "Niveaufri adgang, elevator og handicaptoilet.";
const PARKING = "Handicapparkering ved indgangen; busstoppested 200 m.";

/** The published offers of each of Region Sjælland's 17 municipalities (3–6 each). */
export const MUNICIPAL_OFFERS: MunicipalityOffers[] = [
  { code: M.greve, contactName: "Susanne Hald", contactPhone: "43 97 40 10", mail: "greve", offers: ["rygestop-gruppe", "diabetes", "motion", "stress"], locations: [
    { name: "Sundhedscentret Greve", address: "Greve Centervej 10", postalCode: "2670", city: "Greve", accessibility: STEP_FREE },
    { name: "Karlslunde Aktivitetscenter", address: "Karlslunde Centervej 2", postalCode: "2690", city: "Karlslunde", accessibility: PARKING } ] },
  { code: M.koege, contactName: "Birgitte Møller", contactPhone: "56 67 20 30", mail: "koege", offers: ["rygestop-gruppe", "kol", "hjerte", "diabetes", "alkohol"], locations: [
    { name: "Køge Sundhedshus", address: "Nørregade 11", postalCode: "4600", city: "Køge", accessibility: STEP_FREE },
    { name: "Borup Medborgerhus", address: "Bibliotekvej 7", postalCode: "4140", city: "Borup", accessibility: PARKING } ] },
  { code: M.roskilde, contactName: "Mette Jensen", contactPhone: "46 31 70 40", mail: "roskilde", offers: ["rygestop-gruppe", "kol", "diabetes", "kost", "hjerte", "alkohol"], locations: [
    { name: "Sundhedscenter Roskilde", address: "Køgevej 80", postalCode: "4000", city: "Roskilde", accessibility: STEP_FREE },
    { name: "Jyllinge Sundhedshus", address: "Hovedgaden 45", postalCode: "4040", city: "Jyllinge", accessibility: PARKING } ] },
  { code: M.solroed, contactName: "Kirsten Bech", contactPhone: "56 18 21 50", mail: "solroed", offers: ["rygestop-individuelt", "kost", "motion"], locations: [
    { name: "Solrød Sundhedscenter", address: "Solrød Center 85", postalCode: "2680", city: "Solrød Strand", accessibility: STEP_FREE },
    { name: "Havdrup Fritidscenter", address: "Skolevej 3", postalCode: "4622", city: "Havdrup", accessibility: PARKING } ] },
  { code: M.odsherred, contactName: "Jesper Vinther", contactPhone: "59 66 62 20", mail: "odsherred", offers: ["rygestop-gruppe", "kol", "diabetes", "livsstil"], locations: [
    { name: "Sundhedscenter Odsherred", address: "Nyvej 22", postalCode: "4500", city: "Nykøbing Sj", accessibility: STEP_FREE },
    { name: "Asnæs Aktivitetshus", address: "Asnæs Centret 6", postalCode: "4550", city: "Asnæs", accessibility: PARKING } ] },
  { code: M.holbaek, contactName: "Tina Lauridsen", contactPhone: "72 36 46 10", mail: "holbaek", offers: ["rygestop-gruppe", "kol", "diabetes", "kraeft", "stress"], locations: [
    { name: "Sundhedshuset Holbæk", address: "Kanalstræde 2", postalCode: "4300", city: "Holbæk", accessibility: STEP_FREE },
    { name: "Tølløse Medborgerhus", address: "Tølløse Bygade 12", postalCode: "4340", city: "Tølløse", accessibility: PARKING } ] },
  { code: M.faxe, contactName: "Anders Toft", contactPhone: "56 20 35 60", mail: "faxe", offers: ["rygestop-individuelt", "kol", "motion"], locations: [
    { name: "Sundhedscenter Faxe", address: "Frederiksgade 9", postalCode: "4690", city: "Haslev", accessibility: STEP_FREE },
    { name: "Faxe Ladeplads Medborgerhus", address: "Hovedgaden 18", postalCode: "4654", city: "Faxe Ladeplads", accessibility: PARKING } ] },
  { code: M.kalundborg, contactName: "Lene Skov", contactPhone: "59 53 41 00", mail: "kalundborg", offers: ["rygestop-gruppe", "diabetes", "alkohol", "kost"], locations: [
    { name: "Kalundborg Sundhedscenter", address: "Skibbrogade 37", postalCode: "4400", city: "Kalundborg", accessibility: STEP_FREE },
    { name: "Høng Sundhedshus", address: "Østergade 9", postalCode: "4270", city: "Høng", accessibility: PARKING } ] },
  { code: M.ringsted, contactName: "Martin Kjær", contactPhone: "57 62 72 30", mail: "ringsted", offers: ["rygestop-gruppe", "kol", "artrose"], locations: [
    { name: "Sundhedscentret Ringsted", address: "Ahorn Allé 3", postalCode: "4100", city: "Ringsted", accessibility: STEP_FREE },
    { name: "Benløse Medborgerhus", address: "Benløse Skel 8", postalCode: "4100", city: "Ringsted", accessibility: PARKING } ] },
  { code: M.slagelse, contactName: "Peter Larsen", contactPhone: "58 57 48 10", mail: "slagelse", offers: ["rygestop-gruppe", "diabetes", "artrose", "alkohol", "livsstil"], locations: [
    { name: "Sundhedscenter Slagelse", address: "Nørrevang 3", postalCode: "4200", city: "Slagelse", accessibility: STEP_FREE },
    { name: "Sundhedshuset Korsør", address: "Tårnborgvej 9", postalCode: "4220", city: "Korsør", accessibility: PARKING } ] },
  { code: M.stevns, contactName: "Dorte Brandt", contactPhone: "56 57 59 20", mail: "stevns", offers: ["rygestop-individuelt", "motion", "kost"], locations: [
    { name: "Sundhedscenter Stevns", address: "Hotelvej 2", postalCode: "4660", city: "Store Heddinge", accessibility: STEP_FREE },
    { name: "Strøby Egede Medborgerhus", address: "Strøby Bygade 30", postalCode: "4671", city: "Strøby", accessibility: PARKING } ] },
  { code: M.soroe, contactName: "Ulla Winther", contactPhone: "57 87 66 30", mail: "soroe", offers: ["rygestop-gruppe", "kol", "stress"], locations: [
    { name: "Sundhedscentret Sorø", address: "Rådhusvej 8", postalCode: "4180", city: "Sorø", accessibility: STEP_FREE },
    { name: "Dianalund Aktivitetscenter", address: "Centervej 6", postalCode: "4293", city: "Dianalund", accessibility: PARKING } ] },
  { code: M.lejre, contactName: "Signe Damgaard", contactPhone: "46 46 49 10", mail: "lejre", offers: ["rygestop-individuelt", "motion", "ung-mental"], locations: [
    { name: "Sundhedscenter Lejre", address: "Møllebjergvej 4", postalCode: "4330", city: "Hvalsø", accessibility: STEP_FREE },
    { name: "Kirke Hyllinge Medborgerhus", address: "Hovedgaden 20", postalCode: "4070", city: "Kirke Hyllinge", accessibility: PARKING } ] },
  { code: M.lolland, contactName: "Jan Kofoed", contactPhone: "54 67 68 40", mail: "lolland", offers: ["rygestop-gruppe", "kol", "diabetes", "alkohol"], locations: [
    { name: "Sundhedscenter Lolland", address: "Jernbanegade 7", postalCode: "4930", city: "Maribo", accessibility: STEP_FREE },
    { name: "Nakskov Sundhedshus", address: "Søndergade 27", postalCode: "4900", city: "Nakskov", accessibility: PARKING } ] },
  { code: M.naestved, contactName: "Henrik Nielsen", contactPhone: "55 88 51 20", mail: "naestved", offers: ["rygestop-individuelt", "kol", "diabetes", "motion", "stress", "kraeft"], locations: [
    { name: "Sundhedscenter Næstved", address: "Ringstedgade 8", postalCode: "4700", city: "Næstved", accessibility: STEP_FREE },
    { name: "Fensmark Medborgerhus", address: "Skovvej 2", postalCode: "4684", city: "Holmegaard", accessibility: PARKING } ] },
  { code: M.guldborgsund, contactName: "Rikke Holst", contactPhone: "54 73 14 30", mail: "guldborgsund", offers: ["rygestop-gruppe", "diabetes", "hjerte", "kost", "stoffer"], locations: [
    { name: "Sundhedscenter Guldborgsund", address: "Parkvej 37", postalCode: "4800", city: "Nykøbing F", accessibility: STEP_FREE },
    { name: "Sakskøbing Sundhedshus", address: "Torvegade 4", postalCode: "4990", city: "Sakskøbing", accessibility: PARKING } ] },
  { code: M.vordingborg, contactName: "Bo Hedegaard", contactPhone: "55 36 22 50", mail: "vordingborg", offers: ["rygestop-gruppe", "kol", "livsstil"], locations: [
    { name: "Sundhedscentret Vordingborg", address: "Kildemarksvej 15", postalCode: "4760", city: "Vordingborg", accessibility: STEP_FREE },
    { name: "Præstø Medborgerhus", address: "Adelgade 40", postalCode: "4720", city: "Præstø", accessibility: PARKING } ] },
];

/** Per-offer exceptions ("<municipality code>/<template>"): capacity, staleness, languages, time limits. */
export const OFFER_OVERRIDES: Record<string, { capacity?: Capacity; waiting?: [number, number]; stale?: boolean; languages?: string[]; timeLimited?: boolean; note?: string }> = {
  [`${M.faxe}/kol`]: { capacity: "CLOSED", note: "Holdet er fuldt; næste hold starter efter sommerferien." },
  [`${M.guldborgsund}/hjerte`]: { capacity: "CLOSED", note: "Midlertidigt lukket pga. manglende fysioterapeut." },
  [`${M.holbaek}/kraeft`]: { capacity: "WAITING_LIST", waiting: [4, 8] },
  [`${M.naestved}/stress`]: { capacity: "WAITING_LIST", waiting: [3, 6] },
  [`${M.kalundborg}/kost`]: { capacity: "WAITING_LIST", waiting: [2, 4] },
  [`${M.slagelse}/artrose`]: { capacity: "WAITING_LIST", waiting: [2, 5] },
  [`${M.greve}/stress`]: { capacity: "WAITING_LIST", waiting: [6, 10], timeLimited: true },
  [`${M.roskilde}/kost`]: { stale: true },
  [`${M.lolland}/alkohol`]: { stale: true },
  [`${M.stevns}/kost`]: { stale: true },
  [`${M.odsherred}/livsstil`]: { stale: true },
  [`${M.kalundborg}/diabetes`]: { stale: true },
  [`${M.slagelse}/diabetes`]: { languages: ["da", "ar", "so"] },
  [`${M.roskilde}/diabetes`]: { languages: ["da", "en", "tr"] },
  [`${M.holbaek}/stress`]: { timeLimited: true },
  [`${M.roskilde}/rygestop-gruppe`]: { languages: ["da", "en"] },
};

/** Region Sjælland's specialised, disease-specific offers, run by its hospitals. */
export const REGION_OFFERS: { key: string; hospital: string; template: OfferTemplate }[] = [
  {
    key: "kol-specialiseret",
    hospital: "naestved",
    template: {
      title: "Specialiseret KOL-rehabilitering",
      summary: "Rehabilitering på sygehuset for borgere med svær KOL eller hyppige indlæggelser.",
      description:
        "Forløbet er for patienter med svær eller meget svær KOL, som ikke kan indgå i kommunens tilbud, fx på grund af iltbehandling, hyppige indlæggelser eller betydelig samsygelighed.\n\nTræning og undervisning foregår i lungemedicinsk afdeling med tæt lægelig opfølgning.",
      riskFactors: ["EXERCISE", "SMOKING"],
      diagnoses: ["COPD"],
      scope: "DISEASE_SPECIFIC",
      orientation: "PATIENT",
      targetAgeMin: 18,
      targetAgeMax: null,
      targetGroup: "Patienter med KOL (MRC 4–5) eller med behov for iltbehandling.",
      formats: ["GROUP"],
      sessions: 16,
      durationWeeks: 8,
      schedules: ["Tirsdage og fredage kl. 9.00–11.00"],
      languages: ["da"],
      afterHours: false,
      specialNeedsSupport: "Liggende transport kan bestilles.",
      relativesWelcome: true,
      referralRoute: "REFERRAL_REQUIRED",
      evidenceBase: "Forløbsprogram for KOL, Region Sjælland",
    },
  },
  {
    key: "hjerte-fase-2",
    hospital: "suh-roskilde",
    template: {
      title: "Hjerterehabilitering fase II",
      summary: "Hjerterehabilitering på sygehuset i de første måneder efter hjertesygdom.",
      description:
        "Efter en blodprop i hjertet, ballonudvidelse, bypassoperation eller nydiagnosticeret hjertesvigt tilbydes du rehabilitering i kardiologisk ambulatorium: træning, undervisning, medicinsk optimering og samtale om psykiske reaktioner.\n\nEfter forløbet henvises du til hjertegenoptræning (fase III) i din kommune.",
      riskFactors: ["EXERCISE", "DIET", "SMOKING"],
      diagnoses: ["HEART_DISEASE"],
      scope: "DISEASE_SPECIFIC",
      orientation: "PATIENT",
      targetAgeMin: 18,
      targetAgeMax: null,
      targetGroup: "Patienter med iskæmisk hjertesygdom, hjertesvigt eller efter hjerteklapoperation.",
      formats: ["GROUP", "INDIVIDUAL"],
      sessions: 12,
      durationWeeks: 8,
      schedules: ["Mandage og torsdage kl. 13.00–15.00"],
      languages: ["da", "en"],
      afterHours: false,
      specialNeedsSupport: null,
      relativesWelcome: true,
      referralRoute: "REFERRAL_REQUIRED",
      evidenceBase: "Nationale kliniske retningslinjer for hjerterehabilitering",
    },
  },
  {
    key: "diabetes-kompleks",
    hospital: "holbaek",
    template: {
      title: "Patientuddannelse ved kompliceret type 2-diabetes",
      summary: "Specialiseret forløb i diabetesambulatoriet for borgere med komplikationer.",
      description:
        "For borgere med type 2-diabetes og komplikationer som nyresygdom, fodsår eller dårligt reguleret blodsukker trods behandling. Forløbet kombinerer individuelle samtaler med diabetessygeplejerske, diætist og læge med undervisning på hold.",
      riskFactors: ["DIET", "EXERCISE", "OVERWEIGHT"],
      diagnoses: ["TYPE2_DIABETES"],
      scope: "DISEASE_SPECIFIC",
      orientation: "PATIENT",
      targetAgeMin: 18,
      targetAgeMax: null,
      targetGroup: "Borgere med type 2-diabetes og komplikationer eller komplekse behov.",
      formats: ["INDIVIDUAL", "GROUP"],
      sessions: 6,
      durationWeeks: 12,
      schedules: ["Efter aftale på hverdage"],
      languages: ["da"],
      afterHours: false,
      specialNeedsSupport: "Tolk bestilles af ambulatoriet.",
      relativesWelcome: true,
      referralRoute: "REFERRAL_REQUIRED",
      evidenceBase: "Forløbsprogram for type 2-diabetes",
    },
  },
];

/** Roskilde's offers that are not published: two drafts and one archived project. */
export const ROSKILDE_UNPUBLISHED: { key: string; status: "DRAFT" | "ARCHIVED"; template: OfferTemplate }[] = [
  {
    key: "soevn",
    status: "DRAFT",
    template: {
      title: "Søvn og trivsel – kursus for voksne med søvnproblemer",
      summary: "Kursus i søvnhygiejne og kognitive redskaber mod søvnløshed.",
      description: "Et kursus på fire mødegange om søvn, døgnrytme og tankemønstre, der holder dig vågen. Udkast – holdstart og underviser er endnu ikke på plads.",
      riskFactors: ["MENTAL_HEALTH"],
      diagnoses: [],
      scope: "GENERAL",
      orientation: "CITIZEN",
      targetAgeMin: 18,
      targetAgeMax: null,
      targetGroup: "Voksne med langvarige søvnproblemer uden kendt somatisk årsag.",
      formats: ["GROUP"],
      sessions: 4,
      durationWeeks: 4,
      schedules: ["Torsdage kl. 17.00–19.00"],
      languages: ["da"],
      afterHours: true,
      specialNeedsSupport: null,
      relativesWelcome: false,
      referralRoute: "CLARIFYING_CONVERSATION",
      evidenceBase: null,
    },
  },
  {
    key: "sund-graviditet",
    status: "DRAFT",
    template: {
      title: "Sund graviditet – kost og bevægelse for gravide med overvægt",
      summary: "Forløb med jordemoder og diætist for gravide med BMI over 30.",
      description: "Samarbejde med Sjællands Universitetshospitals svangreambulatorium. Udkast: afventer aftale om henvisningsvej.",
      riskFactors: ["DIET", "EXERCISE", "OVERWEIGHT"],
      diagnoses: [],
      scope: "GENERAL",
      orientation: "CITIZEN",
      targetAgeMin: 18,
      targetAgeMax: 45,
      targetGroup: "Gravide med BMI over 30.",
      formats: ["INDIVIDUAL", "GROUP"],
      sessions: 6,
      durationWeeks: 20,
      schedules: ["Efter aftale"],
      languages: ["da"],
      afterHours: false,
      specialNeedsSupport: null,
      relativesWelcome: true,
      referralRoute: "REFERRAL_REQUIRED",
      evidenceBase: null,
    },
  },
  {
    key: "rygestop-unge-online",
    status: "ARCHIVED",
    template: {
      title: "Rygestop for unge – online forløb (projekt)",
      summary: "Projekt med rygestop via app og chat for unge 15–25 år. Afsluttet.",
      description: "Tidsbegrænset projekt finansieret af puljemidler. Erfaringerne indgår i kommunens almindelige rygestoptilbud.",
      riskFactors: ["SMOKING"],
      diagnoses: [],
      scope: "GENERAL",
      orientation: "CITIZEN",
      targetAgeMin: 15,
      targetAgeMax: 25,
      targetGroup: "Unge rygere 15–25 år.",
      formats: ["ONLINE"],
      sessions: 6,
      durationWeeks: 6,
      schedules: ["Chat hverdage kl. 15–20"],
      languages: ["da"],
      afterHours: true,
      specialNeedsSupport: null,
      relativesWelcome: false,
      referralRoute: "DIRECT_ACCESS",
      evidenceBase: "X:IT-metoden (Kræftens Bekæmpelse)",
    },
  },
];

/** A municipality lets another's citizens use one of its offers. */
export const PARTNER_ARRANGEMENTS = [
  { offer: { municipality: M.roskilde, template: "kol" as TemplateKey }, citizens: M.lejre, validFrom: "2024-01-01", note: "Lejre Kommune køber pladser på Roskilde Kommunes KOL-rehabilitering (samarbejdsaftale 2024)." },
  { offer: { municipality: M.koege, template: "hjerte" as TemplateKey }, citizens: M.solroed, validFrom: "2023-07-01", note: "Borgere i Solrød Kommune kan deltage i Køge Kommunes hjertegenoptræning." },
];
