/**
 * Political goals (mål) and the ten benchmarks (pejlemærker) of Region Sjælland's health agreement
 * 2015–2018, each benchmark with one indicator and measurements over the period. Figures are
 * illustrative, in the ranges the public statistics show.
 */
import type { Direction, MeasurementFrequency } from "@/lib/generated/prisma/enums";

export interface GoalData {
  number: string;
  statement: string;
  direction: Direction;
  section: string;
  description?: string;
  midTermStatus?: string;
  finalStatus?: string;
}

export interface BenchmarkData extends GoalData {
  indicator: {
    name: string;
    baseline: number;
    baselineYear: number;
    target: number;
    targetYear: number;
    unit: string;
    method: string;
    dataSource: string;
    frequency: MeasurementFrequency;
    forum: "steeringGroup" | "preventionForum";
    measurements: { on: string; value: number; note?: string }[];
  };
}

export const GOALS: GoalData[] = [
  { number: "1", statement: "Flere sunde leveår for borgerne i Region Sjælland", direction: "INCREASE", section: "1", description: "Borgerne skal leve længere med god livskvalitet – gennem forebyggelse, tidlig opsporing og rehabilitering." },
  { number: "2", statement: "Mere lighed i sundhed", direction: "INCREASE", section: "1.1", description: "Forskellen i sundhed mellem borgere med kort og lang uddannelse skal mindskes." },
  { number: "3", statement: "Mere sammenhæng for borgeren", direction: "INCREASE", section: "1.3", description: "Borgeren skal opleve planlagte og trygge overgange mellem sygehus, kommune og almen praksis." },
  { number: "4", statement: "Mere kvalitet og effektivitet i opgaveløsningen", direction: "INCREASE", section: "1.6", description: "Opgaverne løses på det rette niveau, med den rette kvalitet og uden dobbeltarbejde." },
];

export const BENCHMARKS: BenchmarkData[] = [
  {
    number: "1",
    statement: "Færre forebyggelige indlæggelser blandt ældre",
    direction: "DECREASE",
    section: "3.1",
    midTermStatus: "Midtvejsstatus 2016: Faldet er i gang i 14 af 17 kommuner; udviklingen følger målsætningen.",
    finalStatus: "Slutstatus 2018: Målet er ikke fuldt nået, men niveauet er faldet med ca. 10 pct. i perioden.",
    indicator: {
      name: "Forebyggelige indlæggelser blandt borgere på 65 år og derover",
      baseline: 62.4, baselineYear: 2013, target: 55, targetYear: 2018,
      unit: "antal pr. 1.000 borgere (65+)",
      method: "Indlæggelser med udvalgte diagnoser (fx dehydrering, lungebetændelse, urinvejsinfektion, forstoppelse) pr. 1.000 borgere på 65 år og derover",
      dataSource: "eSundhed / Landspatientregistret",
      frequency: "ANNUAL",
      forum: "steeringGroup",
      measurements: [
        { on: "2015-12-31", value: 60.1 },
        { on: "2016-12-31", value: 58.7 },
        { on: "2017-12-31", value: 57.9 },
        { on: "2018-12-31", value: 56.2 },
      ],
    },
  },
  {
    number: "2",
    statement: "Færre akutte genindlæggelser",
    direction: "DECREASE",
    section: "2.2.1",
    midTermStatus: "Midtvejsstatus 2016: Andelen er stort set uændret; udskrivningsindsatsen for ældre medicinske patienter styrkes.",
    indicator: {
      name: "Andel akutte genindlæggelser inden for 30 dage efter udskrivning",
      baseline: 9.8, baselineYear: 2013, target: 8, targetYear: 2018,
      unit: "pct.",
      method: "Akutte somatiske indlæggelser inden for 30 dage efter en udskrivning i forhold til alle udskrivninger",
      dataSource: "eSundhed / Landspatientregistret",
      frequency: "QUARTERLY",
      forum: "steeringGroup",
      measurements: [
        { on: "2015-12-31", value: 9.7 },
        { on: "2016-12-31", value: 9.6 },
        { on: "2017-12-31", value: 9.1 },
      ],
    },
  },
  {
    number: "3",
    statement: "Færre færdigbehandlingsdage på sygehusene",
    direction: "DECREASE",
    section: "2.2.1",
    indicator: {
      name: "Færdigbehandlingsdage for borgere over 18 år",
      baseline: 38.5, baselineYear: 2013, target: 25, targetYear: 2018,
      unit: "antal pr. 1.000 borgere",
      method: "Antal sengedage efter, at patienten er meldt færdigbehandlet, pr. 1.000 borgere",
      dataSource: "eSundhed / Landspatientregistret",
      frequency: "QUARTERLY",
      forum: "steeringGroup",
      measurements: [
        { on: "2015-12-31", value: 33.2 },
        { on: "2016-12-31", value: 29.8 },
        { on: "2017-12-31", value: 27.4 },
        { on: "2018-12-31", value: 24.6, note: "Målet er nået." },
      ],
    },
  },
  {
    number: "4",
    statement: "Flere borgere henvises til kommunale forebyggelsestilbud",
    direction: "INCREASE",
    section: "2.1.1",
    midTermStatus: "Midtvejsstatus 2016: Antallet af elektroniske henvisninger er steget markant efter indførelsen af den afklarende samtale.",
    indicator: {
      name: "Elektroniske henvisninger fra almen praksis til kommunale forebyggelsestilbud",
      baseline: 4.2, baselineYear: 2014, target: 8, targetYear: 2018,
      unit: "antal pr. 1.000 borgere",
      method: "Antal XREF15-henvisninger fra almen praksis til kommunernes lokationsnumre for forebyggelse pr. 1.000 borgere",
      dataSource: "MedCom-statistik",
      frequency: "HALF_YEARLY",
      forum: "preventionForum",
      measurements: [
        { on: "2015-12-31", value: 4.9 },
        { on: "2016-12-31", value: 6.1 },
        { on: "2017-12-31", value: 6.8 },
        { on: "2018-12-31", value: 7.4 },
      ],
    },
  },
  {
    number: "5",
    statement: "Færre dagligrygere",
    direction: "DECREASE",
    section: "2.1.2",
    midTermStatus: "Midtvejsstatus 2016: Andelen falder, men langsommere blandt borgere med kort uddannelse.",
    indicator: {
      name: "Andel dagligrygere blandt borgere på 16 år og derover",
      baseline: 17.9, baselineYear: 2013, target: 14, targetYear: 2018,
      unit: "pct.",
      method: "Selvrapporteret daglig rygning; vægtet til befolkningen",
      dataSource: "Den Nationale Sundhedsprofil / Danskernes Rygevaner",
      frequency: "ANNUAL",
      forum: "preventionForum",
      measurements: [
        { on: "2015-12-31", value: 17.1 },
        { on: "2016-12-31", value: 16.6 },
        { on: "2017-12-31", value: 16.3, note: "Den Nationale Sundhedsprofil 2017" },
        { on: "2018-12-31", value: 15.9 },
      ],
    },
  },
  {
    number: "6",
    statement: "Bedre mental sundhed blandt unge",
    direction: "DECREASE",
    section: "1.1",
    indicator: {
      name: "Andel 16–24-årige med dårlig mental sundhed",
      baseline: 18.6, baselineYear: 2013, target: 16, targetYear: 2018,
      unit: "pct.",
      method: "Andel med en mental helbredsscore (SF-12) blandt de laveste 20 pct. i befolkningen",
      dataSource: "Den Nationale Sundhedsprofil",
      frequency: "ONCE",
      forum: "preventionForum",
      measurements: [
        { on: "2015-12-31", value: 19.4, note: "Regional stikprøve" },
        { on: "2017-12-31", value: 21.2, note: "Den Nationale Sundhedsprofil 2017 – udviklingen går den forkerte vej" },
      ],
    },
  },
  {
    number: "7",
    statement: "Flere borgere med kronisk sygdom gennemfører rehabilitering",
    direction: "INCREASE",
    section: "2.1.3",
    indicator: {
      name: "Andel borgere med KOL, der gennemfører KOL-rehabilitering efter henvisning",
      baseline: 35, baselineYear: 2014, target: 50, targetYear: 2018,
      unit: "pct.",
      method: "Gennemførte forløb i forhold til henviste borgere med KOL i kalenderåret",
      dataSource: "Kommunernes registreringer / Dansk Register for KOL",
      frequency: "ANNUAL",
      forum: "preventionForum",
      measurements: [
        { on: "2015-12-31", value: 38 },
        { on: "2016-12-31", value: 41 },
        { on: "2017-12-31", value: 44 },
      ],
    },
  },
  {
    number: "8",
    statement: "Hurtigere opstart af genoptræning efter udskrivning",
    direction: "INCREASE",
    section: "2.3.1",
    midTermStatus: "Midtvejsstatus 2016: Flere kommuner har indført faste opstartstider; målsætningen fastholdes.",
    indicator: {
      name: "Andel genoptræningsforløb, der starter inden 7 dage efter modtagelse af genoptræningsplan",
      baseline: 62, baselineYear: 2014, target: 90, targetYear: 2018,
      unit: "pct.",
      method: "Forløb efter sundhedslovens § 140 med opstart senest 7 kalenderdage efter modtaget genoptræningsplan",
      dataSource: "Kommunale genoptræningsdata (Danmarks Statistik)",
      frequency: "QUARTERLY",
      forum: "steeringGroup",
      measurements: [
        { on: "2015-12-31", value: 68 },
        { on: "2016-12-31", value: 76 },
        { on: "2017-12-31", value: 83 },
        { on: "2018-12-31", value: 87 },
      ],
    },
  },
  {
    number: "9",
    statement: "Rettidig elektronisk kommunikation mellem sektorerne",
    direction: "INCREASE",
    section: "2.4.1",
    indicator: {
      name: "Andel korrespondancemeddelelser besvaret inden for 3 hverdage",
      baseline: 71, baselineYear: 2014, target: 90, targetYear: 2018,
      unit: "pct.",
      method: "Korrespondancemeddelelser mellem sygehuse, kommuner og almen praksis med svar inden for 3 hverdage",
      dataSource: "MedCom-statistik",
      frequency: "QUARTERLY",
      forum: "steeringGroup",
      measurements: [
        { on: "2016-06-30", value: 76 },
        { on: "2017-06-30", value: 81 },
        { on: "2018-06-30", value: 84 },
      ],
    },
  },
  {
    number: "10",
    statement: "Færre borgere med et storforbrug af alkohol",
    direction: "DECREASE",
    section: "2.1.2",
    indicator: {
      name: "Andel voksne med et alkoholforbrug over Sundhedsstyrelsens højrisikogrænse",
      baseline: 7.1, baselineYear: 2013, target: 6, targetYear: 2018,
      unit: "pct.",
      method: "Selvrapporteret ugentligt alkoholforbrug over højrisikogrænsen (14/21 genstande)",
      dataSource: "Den Nationale Sundhedsprofil",
      frequency: "ONCE",
      forum: "preventionForum",
      measurements: [
        { on: "2015-12-31", value: 6.9, note: "Regional stikprøve" },
        { on: "2017-12-31", value: 6.6, note: "Den Nationale Sundhedsprofil 2017" },
      ],
    },
  },
];
