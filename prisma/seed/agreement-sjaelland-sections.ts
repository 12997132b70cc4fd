/**
 * The text and responsibility rules of Region Sjælland's health agreement 2015–2018, paraphrased in
 * Danish. Numbers are stable keys: the parent of "2.1.1" is "2.1", of "2.1" is "2". Obligations
 * hang on the section that states them; `milestone` marks the three rules the referral flow reads,
 * `workflow` the notice periods task transfers read and the adverse events' 90-day close (issue 14).
 */
import type { AgreementArea, Channel, DeadlineUnit, Modality, PartyKind, ReferralMilestone, SectionKind, SectionLayer, WorkflowDeadline } from "@/lib/generated/prisma/enums";

export interface ObligationData {
  party: PartyKind;
  action: string;
  trigger: string;
  amount?: number;
  unit?: DeadlineUnit;
  channel?: Channel;
  modality: Modality;
  milestone?: ReferralMilestone;
  workflow?: WorkflowDeadline;
}

export interface SectionData {
  number: string;
  kind: SectionKind;
  title: string;
  layer: SectionLayer;
  area: AgreementArea;
  body: string;
  obligations?: ObligationData[];
}

const P = (text: string) => text.trim().replace(/\n[ \t]+/g, "\n");

export const SECTIONS: SectionData[] = [
  // ───────────────────────────── Part 1 ─────────────────────────────
  {
    number: "1",
    kind: "PART",
    title: "Den politiske del",
    layer: "POLITICAL",
    area: "GENERAL",
    body: P(`
      Sundhedsaftalen 2015–2018 er en politisk aftale mellem Region Sjælland og de 17 kommuner i regionen om, hvordan parterne sammen løfter opgaverne for de borgere, hvis forløb går på tværs af sygehus, kommune og almen praksis. Aftalen er udarbejdet i Sundhedskoordinationsudvalget og godkendt af regionsrådet og alle kommunalbestyrelser.

      **Vision: Sammen om borgerens sundhed.** Borgeren skal opleve ét sammenhængende sundhedsvæsen, hvor den enkeltes ressourcer og ønsker er udgangspunktet, hvor indsatsen ydes på det rette niveau og så tæt på borgerens hverdag som muligt, og hvor ingen borger efterlades mellem to stole.

      Aftalen bygger på de fire nationale mål for sundhedsaftalerne: flere sunde leveår, mere lighed i sundhed, mere sammenhæng for borgeren og mere kvalitet og effektivitet. De politiske mål er omsat til ti pejlemærker, som parterne følger op på hvert år.
    `),
  },
  {
    number: "1.1",
    kind: "CHAPTER",
    title: "Lighed i sundhed",
    layer: "POLITICAL",
    area: "CROSS_CUTTING",
    body: P(`
      Der er betydelig social ulighed i sundhed i Region Sjælland. Borgere med kort uddannelse lever i gennemsnit flere år kortere end borgere med lang uddannelse, og de har oftere flere kroniske sygdomme på samme tid.

      Parterne tilrettelægger indsatserne, så de når de borgere, der har størst behov. Det betyder blandt andet opsøgende indsatser, tilbud uden for almindelig arbejdstid, tolkning og materialer på flere sprog, og at sundhedspersonalet spørger aktivt til borgerens ressourcer og sundhedskompetence.
    `),
  },
  {
    number: "1.2",
    kind: "CHAPTER",
    title: "Borger- og patientinddragelse",
    layer: "POLITICAL",
    area: "CROSS_CUTTING",
    body: P(`
      Borgeren er den vigtigste aktør i eget forløb. Parterne inddrager borgere og pårørende i beslutninger om behandling, pleje og rehabilitering og tager udgangspunkt i det, der er vigtigt for den enkelte.

      På systemniveau inddrages patientforeninger og handicaporganisationer i udviklingen af nye indsatser, og brugerrepræsentanter deltager i udvalgte fora og arbejdsgrupper. Pårørende ses som en ressource og tilbydes information og støtte, når en borger har et længerevarende forløb.
    `),
  },
  {
    number: "1.3",
    kind: "CHAPTER",
    title: "Sammenhængende forløb",
    layer: "POLITICAL",
    area: "CROSS_CUTTING",
    body: P(`
      Borgere med forløb på tværs af sektorerne skal opleve, at overgangene er planlagte og trygge. Det forudsætter, at den rette information følger borgeren, at ansvaret for næste skridt altid er placeret, og at borgeren ved, hvem der har ansvaret.

      For borgere med komplekse forløb – fx ældre medicinske patienter, borgere med flere kroniske sygdomme eller samtidig psykisk og somatisk sygdom – udpeges en forløbskoordinator. Ingen borger må efterlades mellem to stole.
    `),
    obligations: [
      {
        party: "JOINT",
        action: "Udpege en forløbskoordinator (tovholder) for borgeren og oplyse borgeren om, hvem det er",
        trigger: "Når en borger har et komplekst forløb med behov for indsatser i mindst to sektorer",
        unit: "PROFESSIONAL_JUDGEMENT",
        channel: "CARE_COMMUNICATION",
        modality: "SHOULD",
      },
    ],
  },
  {
    number: "1.4",
    kind: "CHAPTER",
    title: "Telemedicin og digitalisering",
    layer: "POLITICAL",
    area: "CROSS_CUTTING",
    body: P(`
      Digitale løsninger skal understøtte sammenhæng og gøre det muligt at behandle og følge borgerne tæt på hjemmet. Parterne anvender de fælles nationale standarder fra MedCom til elektronisk kommunikation, og Fælles Medicinkort (FMK) er den fælles kilde til borgerens aktuelle medicin.

      I aftaleperioden udbredes telemedicinske løsninger, hvor de er dokumenteret virkningsfulde, fx telemedicinsk sårvurdering og telemedicin til borgere med KOL.
    `),
    obligations: [
      {
        party: "JOINT",
        action: "Anvende MedComs standarder for al elektronisk kommunikation om borgere på tværs af sektorerne",
        trigger: "Ved kommunikation mellem sygehus, kommune og almen praksis",
        channel: "OTHER",
        modality: "MUST",
      },
    ],
  },
  {
    number: "1.5",
    kind: "CHAPTER",
    title: "Forskning og uddannelse",
    layer: "POLITICAL",
    area: "CROSS_CUTTING",
    body: P(`
      Parterne samarbejder om forskning i tværsektorielle forløb og om uddannelse af sundhedspersonale, så medarbejderne kender hinandens opgaver og vilkår.

      Sjællands Universitetshospital og kommunerne udvikler fælles forskningsprojekter, og der etableres tværsektorielle praktikforløb og kompetenceudvikling, hvor det styrker kvaliteten i overgangene.
    `),
  },
  {
    number: "1.6",
    kind: "CHAPTER",
    title: "Ansvarsfordeling og opgaveoverdragelse",
    layer: "POLITICAL",
    area: "CROSS_CUTTING",
    body: P(`
      Udgangspunktet er, at den part, der har ansvaret for en opgave, også har ansvaret for at finansiere den og for, at den løses med den rette kvalitet. Ingen part kan ensidigt overdrage opgaver til en anden part.

      Når opgaver flyttes mellem sektorerne, sker det efter en forudgående aftale, der beskriver opgaven, de nødvendige kompetencer, udstyr, økonomi og ansvaret for oplæring. Ændringer i én sektors aktivitet, som får betydning for en anden sektor, varsles i god tid, så den anden part kan nå at tilpasse sig.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Varsle kommunerne om ændringer i sygehusenes aktivitet, kapacitet eller opgavevaretagelse, der får konsekvenser for kommunerne",
        trigger: "Før en planlagt ændring træder i kraft",
        amount: 6,
        unit: "MONTHS",
        channel: "MEETING",
        modality: "COMMITS",
        workflow: "TASK_TRANSFER_NOTICE",
      },
      {
        party: "MUNICIPALITY",
        action: "Varsle regionen og almen praksis om væsentlige ændringer i kommunale tilbud, der påvirker sygehusene eller almen praksis",
        trigger: "Før en planlagt ændring træder i kraft",
        amount: 3,
        unit: "MONTHS",
        channel: "LETTER",
        modality: "COMMITS",
        workflow: "TASK_TRANSFER_NOTICE",
      },
      {
        party: "JOINT",
        action: "Indgå en skriftlig aftale om opgaven, kompetencer, udstyr, økonomi og oplæring, før en opgave overdrages til en anden sektor",
        trigger: "Når en part foreslår, at en opgave flyttes mellem sektorerne",
        channel: "MEETING",
        modality: "MUST",
      },
    ],
  },

  // ───────────────────────────── Part 2 ─────────────────────────────
  {
    number: "2",
    kind: "PART",
    title: "De obligatoriske indsatsområder",
    layer: "ADMINISTRATIVE",
    area: "GENERAL",
    body: P(`
      Sundhedsloven og bekendtgørelsen om sundhedskoordinationsudvalg og sundhedsaftaler fastlægger fire obligatoriske indsatsområder: forebyggelse, behandling og pleje, genoptræning og rehabilitering samt sundheds-it og digitale arbejdsgange.

      Denne del beskriver for hvert område de konkrete aftaler om opgave- og ansvarsfordeling, herunder frister og kommunikationskanaler.
    `),
  },
  {
    number: "2.1",
    kind: "CHAPTER",
    title: "Forebyggelse",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
    body: P(`
      Kommunerne har ansvaret for den borgerrettede forebyggelse og for den patientrettede forebyggelse, der ikke foregår under indlæggelse eller ambulant behandling. Regionen har ansvaret for den patientrettede forebyggelse i sygehusvæsenet og i almen praksis og rådgiver kommunerne om forebyggelse.

      Den praktiserende læge er ofte den, der først opdager en borgers behov for et forebyggelsestilbud. En enkel og sikker henvisningsvej fra almen praksis til kommunens tilbud er derfor afgørende for, at borgerne får tilbuddene.
    `),
  },
  {
    number: "2.1.1",
    kind: "SECTION",
    title: "Forebyggelsestilbud og henvisning",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
    body: P(`
      Hver kommune har én indgang for elektroniske henvisninger til forebyggelsestilbud (ét lokationsnummer). Den praktiserende læge eller sygehuset henviser enten til et konkret tilbud eller til en afklarende samtale i borgerens bopælskommune, hvor borgeren sammen med en sundhedsprofessionel finder det tilbud, der passer bedst.

      Henvisningen sendes som elektronisk henvisning (MedCom XREF15) og indeholder årsagen til henvisningen, relevante risikofaktorer og diagnoser samt oplysninger om særlige behov. Sendes henvisningen til personale, der ikke er autoriseret sundhedspersonale, indhenter lægen borgerens mundtlige eller skriftlige samtykke og noterer det i journalen.

      Kommunen kvitterer for henvisningen, træffer afgørelse om tilbud og giver den henvisende læge besked om forløbets afslutning (slutstatus), så lægen kan følge op. Afviser kommunen en henvisning, begrundes afvisningen, og lægen orienteres om andre muligheder.
    `),
    obligations: [
      {
        party: "GENERAL_PRACTICE",
        action: "Henvise borgere med behov til kommunens forebyggelsestilbud eller til en afklarende samtale i bopælskommunen",
        trigger: "Når lægen identificerer risikofaktorer (kost, rygning, alkohol, motion) eller kronisk sygdom hos borgeren",
        unit: "PROFESSIONAL_JUDGEMENT",
        channel: "MEDCOM_REFERRAL",
        modality: "SHOULD",
      },
      {
        party: "GENERAL_PRACTICE",
        action: "Indhente borgerens mundtlige eller skriftlige samtykke og notere det i journalen",
        trigger: "Før en henvisning sendes til personale, der ikke er autoriseret sundhedspersonale",
        channel: "OTHER",
        modality: "MUST",
      },
      {
        party: "MUNICIPALITY",
        action: "Sende kvittering for modtagelsen af den elektroniske henvisning til afsenderen",
        trigger: "Når kommunen modtager en elektronisk henvisning til et forebyggelsestilbud eller en afklarende samtale",
        amount: 3,
        unit: "WORKING_DAYS",
        channel: "MEDCOM_RECEIPT",
        modality: "MUST",
        milestone: "RECEIPT",
      },
      {
        party: "MUNICIPALITY",
        action: "Træffe afgørelse om henvisningen – tilbyde forløb eller afklarende samtale, eller afvise med begrundelse – og orientere den henvisende læge",
        trigger: "Fra kommunen har kvitteret for henvisningen",
        amount: 10,
        unit: "WORKING_DAYS",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
        milestone: "DECISION",
      },
      {
        party: "MUNICIPALITY",
        action: "Sende slutstatus til den henvisende læge: om borgeren har deltaget, mål, udbytte og eventuelt behov for opfølgning",
        trigger: "Når forløbet er afsluttet, eller borgeren er ophørt før tid",
        amount: 5,
        unit: "WORKING_DAYS",
        channel: "MEDCOM_CLOSING_NOTE",
        modality: "MUST",
        milestone: "CLOSING_STATUS",
      },
      {
        party: "MUNICIPALITY",
        action: "Holde kommunens forebyggelsestilbud opdaterede i den fælles tilbudsoversigt og bekræfte, at oplysningerne er korrekte",
        trigger: "Ved ændringer i et tilbud og mindst hvert halve år",
        amount: 6,
        unit: "MONTHS",
        channel: "PORTAL",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.1.2",
    kind: "SECTION",
    title: "Rygestop og KRAM",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
    body: P(`
      Rygning er den største enkeltstående forebyggelige årsag til sygdom og for tidlig død. Alle kommuner tilbyder gratis rygestopforløb efter Den Danske Rygestopmodel, individuelt og i grupper, og sygehusene og almen praksis spørger systematisk til rygning og tilbyder henvisning.

      Tilsvarende spørges der til alkohol, kost og fysisk aktivitet (KRAM-faktorerne), når det er fagligt relevant. Kommunerne tilbyder alkoholbehandling med mulighed for anonym og direkte adgang, og regionen rådgiver om metoder som den korte motiverende samtale.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Spørge til rygning og alkoholforbrug og tilbyde henvisning til kommunalt rygestop eller alkoholbehandling",
        trigger: "Ved indlæggelse eller ambulant forløb",
        unit: "PROFESSIONAL_JUDGEMENT",
        channel: "MEDCOM_REFERRAL",
        modality: "SHOULD",
      },
      {
        party: "MUNICIPALITY",
        action: "Tilbyde borgeren opstart af et rygestopforløb",
        trigger: "Fra borgerens henvendelse eller kommunens modtagelse af henvisningen",
        amount: 4,
        unit: "WEEKS",
        channel: "PHONE",
        modality: "MUST",
      },
      {
        party: "MUNICIPALITY",
        action: "Tilbyde behandling for alkoholmisbrug (behandlingsgaranti)",
        trigger: "Fra borgeren har henvendt sig til kommunen",
        amount: 14,
        unit: "CALENDAR_DAYS",
        channel: "OTHER",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.1.3",
    kind: "SECTION",
    title: "Patientrettet forebyggelse ved kronisk sygdom",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
    body: P(`
      Borgere med KOL, type 2-diabetes, hjerte-kar-sygdom, kræft og lænde-ryglidelser tilbydes patientuddannelse og rehabilitering efter de regionale forløbsprogrammer. Almen praksis har ansvaret for den samlede opfølgning og for at identificere borgere, der har behov for et tilbud.

      En kommune kan tilbyde sygdomsspecifik patientuddannelse, når fire betingelser er opfyldt: tilbuddet følger forløbsprogrammet, personalet har de nødvendige kompetencer, der er et tilstrækkeligt patientgrundlag, og kommunen følger systematisk op på kvaliteten. Borgere med komplekse behov henvises til specialiserede tilbud på sygehuset.
    `),
    obligations: [
      {
        party: "MUNICIPALITY",
        action: "Tilbyde patientuddannelse og rehabilitering ved KOL, type 2-diabetes og hjertesygdom efter forløbsprogrammerne",
        trigger: "Efter henvisning fra almen praksis eller sygehus",
        amount: 6,
        unit: "WEEKS",
        channel: "LETTER",
        modality: "SHOULD",
      },
      {
        party: "MUNICIPALITY",
        action: "Tilbyde sygdomsspecifik patientuddannelse, når de fire betingelser er opfyldt og bekræftet i tilbudsoversigten",
        trigger: "Før et sygdomsspecifikt tilbud offentliggøres",
        channel: "PORTAL",
        modality: "MAY",
      },
      {
        party: "REGION",
        action: "Varetage specialiseret patientrettet forebyggelse og rehabilitering for patienter med komplekse behov",
        trigger: "Når patienten ikke kan indgå i et kommunalt tilbud",
        unit: "PROFESSIONAL_JUDGEMENT",
        channel: "MEDCOM_REFERRAL",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.1.4",
    kind: "SECTION",
    title: "Værktøjskasse: Henvisning til forebyggelsestilbud",
    layer: "TOOLBOX",
    area: "PREVENTION",
    body: P(`
      Værktøjskassen indeholder praktiske redskaber til henvisningen:

      - tjekliste over, hvad en henvisning skal indeholde (årsag, risikofaktorer, diagnoser, relevante oplysninger, særlige behov og samtykke),
      - kommunernes lokationsnumre til elektronisk henvisning,
      - skabelon for slutstatus til den praktiserende læge,
      - vejledning om den afklarende samtale og om, hvornår borgeren selv kan henvende sig.

      Værktøjerne vedligeholdes af Forum for forebyggelse og er ikke en del af den politisk godkendte aftale.
    `),
  },
  {
    number: "2.2",
    kind: "CHAPTER",
    title: "Behandling og pleje",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Området omfatter indlæggelse og udskrivning, medicinhåndtering, akutte forløb og samarbejdet om borgere med psykisk sygdom. Aftalerne bygger på, at sygehuset, kommunen og almen praksis hver især har ansvaret for deres del af forløbet, og at informationen følger borgeren elektronisk.
    `),
  },
  {
    number: "2.2.1",
    kind: "SECTION",
    title: "Indlæggelse og udskrivning",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Når en borger, der modtager kommunale ydelser, indlægges, sender kommunen en indlæggelsesrapport, så sygehuset kender borgerens funktionsniveau og hjemmesituation. Sygehuset planlægger udskrivningen fra første dag og sender en plejeforløbsplan, når det forventes, at borgeren får behov for nye eller ændrede kommunale ydelser.

      Ved udskrivning sender sygehuset en udskrivningsrapport til kommunen og en epikrise til den praktiserende læge. Parterne har bevidst ikke aftalt en fast tidsfrist for epikrisen: den sendes, så snart det er fagligt forsvarligt, og med de oplysninger, lægen skal bruge til den videre behandling.
    `),
    obligations: [
      {
        party: "MUNICIPALITY",
        action: "Sende indlæggelsesrapport med oplysninger om borgerens funktionsniveau, hjemmesituation og kommunale ydelser",
        trigger: "Når kommunen får besked om, at en borger med kommunale ydelser er indlagt",
        amount: 1,
        unit: "HOURS",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
      {
        party: "REGION",
        action: "Sende plejeforløbsplan til kommunen med forventet udskrivningsdato og behov for kommunale ydelser",
        trigger: "Fra indlæggelsen, når det forventes, at borgeren får behov for nye eller ændrede kommunale ydelser",
        amount: 24,
        unit: "HOURS",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
      {
        party: "REGION",
        action: "Sende udskrivningsrapport til kommunen, senest når borgeren forlader sygehuset",
        trigger: "Ved udskrivning af en borger med behov for kommunale ydelser",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
      {
        party: "REGION",
        action: "Sende epikrise til borgerens praktiserende læge med diagnoser, behandling, medicinændringer og plan for opfølgning",
        trigger: "Ved udskrivning eller afslutning af ambulant forløb",
        unit: "PROFESSIONAL_JUDGEMENT",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.2.2",
    kind: "SECTION",
    title: "Medicinhåndtering",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Fælles Medicinkort (FMK) er den fælles kilde til borgerens aktuelle medicinoplysninger. Den, der ordinerer eller ændrer medicin, opdaterer FMK og sikrer, at ændringen er begrundet og synlig for de andre parter.

      Ved udskrivning afstemmer sygehuset medicinen i FMK og medgiver om nødvendigt medicin, indtil kommunen eller borgeren kan fremskaffe den. Den praktiserende læge har ansvaret for borgerens samlede medicinering efter udskrivningen.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Afstemme og opdatere borgerens medicinoplysninger i FMK",
        trigger: "Ved udskrivning og ved medicinændringer i ambulant behandling",
        channel: "OTHER",
        modality: "MUST",
      },
      {
        party: "GENERAL_PRACTICE",
        action: "Gennemgå borgerens samlede medicinering og opdatere FMK",
        trigger: "Når epikrisen viser ændringer i medicineringen",
        amount: 5,
        unit: "WORKING_DAYS",
        channel: "OTHER",
        modality: "SHOULD",
      },
    ],
  },
  {
    number: "2.2.3",
    kind: "SECTION",
    title: "Akutområdet og kommunale akutfunktioner",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Kommunerne har akutfunktioner i hjemmesygeplejen, der kan observere, pleje og behandle borgere i eget hjem eller på akutpladser, så unødvendige indlæggelser undgås. Den praktiserende læge eller vagtlægen har det lægelige ansvar for borgeren i kommunens akuttilbud.

      Sygehusene yder døgnåben telefonisk rådgivning til kommunernes sygeplejersker om borgere, der for nylig er udskrevet.
    `),
    obligations: [
      {
        party: "MUNICIPALITY",
        action: "Lade akutfunktionen tilse borgeren i eget hjem eller på en akutplads",
        trigger: "Ved henvendelse fra praktiserende læge, vagtlæge eller sygehus",
        amount: 2,
        unit: "HOURS",
        channel: "PHONE",
        modality: "SHOULD",
      },
    ],
  },
  {
    number: "2.2.4",
    kind: "SECTION",
    title: "Borgere med psykisk sygdom",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Borgere med psykisk sygdom har ofte brug for både behandling i psykiatrien, støtte fra kommunen og opfølgning i almen praksis. Parterne koordinerer indsatserne i en fælles plan, og kommunen inddrages i god tid før udskrivning, så borgeren har bolig, støtte og aftaler på plads.

      Ved samtidig misbrug og psykisk lidelse aftaler psykiatrien og kommunens misbrugsbehandling, hvem der koordinerer forløbet.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Indkalde kommunen til en koordinerende udskrivningskonference",
        trigger: "Når en indlagt patient med behov for kommunal støtte forventes udskrevet",
        unit: "PROFESSIONAL_JUDGEMENT",
        channel: "MEETING",
        modality: "MUST",
      },
      {
        party: "MUNICIPALITY",
        action: "Deltage i udskrivningskonferencen, fysisk eller virtuelt",
        trigger: "Fra kommunen har modtaget indkaldelsen",
        amount: 3,
        unit: "WORKING_DAYS",
        channel: "MEETING",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.3",
    kind: "CHAPTER",
    title: "Genoptræning og rehabilitering",
    layer: "ADMINISTRATIVE",
    area: "REHABILITATION",
    body: P(`
      Genoptræning og rehabilitering skal hjælpe borgeren til at genvinde sit funktionsniveau og leve et så selvstændigt liv som muligt. Sygehuset vurderer behovet for genoptræning og udarbejder en genoptræningsplan; kommunen varetager den almene genoptræning efter udskrivning, og regionen varetager den specialiserede genoptræning.
    `),
  },
  {
    number: "2.3.1",
    kind: "SECTION",
    title: "Genoptræningsplaner",
    layer: "ADMINISTRATIVE",
    area: "REHABILITATION",
    body: P(`
      Genoptræningsplanen beskriver borgerens funktionsevne, målene for genoptræningen og det specialiseringsniveau, genoptræningen skal foregå på. Planen udarbejdes i samarbejde med borgeren og sendes elektronisk til bopælskommunen og den praktiserende læge.

      Kommunen kontakter borgeren og tilbyder opstart af genoptræningen hurtigst muligt. Borgeren kan frit vælge mellem bopælskommunens og andre kommuners genoptræningstilbud.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Udarbejde og sende genoptræningsplan til bopælskommunen og den praktiserende læge",
        trigger: "Ved udskrivning, når borgeren har et lægefagligt begrundet behov for genoptræning",
        amount: 1,
        unit: "WORKING_DAYS",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
      {
        party: "MUNICIPALITY",
        action: "Tilbyde borgeren opstart af genoptræning",
        trigger: "Fra kommunen har modtaget genoptræningsplanen",
        amount: 7,
        unit: "CALENDAR_DAYS",
        channel: "PHONE",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.3.2",
    kind: "SECTION",
    title: "Specialiseret genoptræning",
    layer: "ADMINISTRATIVE",
    area: "REHABILITATION",
    body: P(`
      Specialiseret genoptræning foregår på sygehuset, når borgeren har behov for tæt sammenhæng med behandlingen eller for særlige kompetencer og udstyr. Sygehuset og kommunen koordinerer, så overgangen fra specialiseret til almen genoptræning sker uden ventetid.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Sende status til kommunen og den praktiserende læge, herunder behov for fortsat almen genoptræning",
        trigger: "Når den specialiserede genoptræning afsluttes",
        amount: 5,
        unit: "WORKING_DAYS",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.3.3",
    kind: "SECTION",
    title: "Hjælpemidler og behandlingsredskaber",
    layer: "ADMINISTRATIVE",
    area: "REHABILITATION",
    body: P(`
      Sygehuset stiller behandlingsredskaber til rådighed, når de er en del af behandlingen; kommunen leverer hjælpemidler, der kompenserer for varigt nedsat funktionsevne. Casekataloget beskriver grænsetilfældene.

      Behov for hjælpemidler ved udskrivning varsles så tidligt, at de kan være på plads, når borgeren kommer hjem.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Varsle kommunen om borgerens behov for hjælpemidler efter udskrivning",
        trigger: "Når sygehuset vurderer, at borgeren får behov for hjælpemidler",
        amount: 1,
        unit: "WORKING_DAYS",
        channel: "CARE_COMMUNICATION",
        modality: "MUST",
      },
    ],
  },
  {
    number: "2.4",
    kind: "CHAPTER",
    title: "Sundheds-it og digitale arbejdsgange",
    layer: "ADMINISTRATIVE",
    area: "CROSS_CUTTING",
    body: P(`
      Det fjerde obligatoriske indsatsområde understøtter de tre andre: elektronisk kommunikation, fælles data og telemedicin. Parterne udvikler de digitale arbejdsgange i fællesskab og følger MedComs nationale standarder.
    `),
  },
  {
    number: "2.4.1",
    kind: "SECTION",
    title: "Elektronisk kommunikation",
    layer: "ADMINISTRATIVE",
    area: "CROSS_CUTTING",
    body: P(`
      Parterne bruger MedComs standarder – henvisning (XREF15), epikrise og afslutningsnotat (XDIS15), korrespondancemeddelelse og plejeforløbsplan – og overvåger i fællesskab, at meddelelserne sendes og modtages rettidigt.

      Korrespondancemeddelelser om fælles borgere besvares inden for den aftalte frist, så spørgsmål om borgerens forløb ikke bliver liggende.
    `),
    obligations: [
      {
        party: "JOINT",
        action: "Besvare korrespondancemeddelelser om fælles borgere",
        trigger: "Fra korrespondancemeddelelsen er modtaget",
        amount: 3,
        unit: "WORKING_DAYS",
        channel: "CARE_COMMUNICATION",
        modality: "SHOULD",
      },
    ],
  },
  {
    number: "2.4.2",
    kind: "SECTION",
    title: "Fælles data og ledelsesinformation",
    layer: "ADMINISTRATIVE",
    area: "CROSS_CUTTING",
    body: P(`
      Opfølgningen på pejlemærkerne bygger på fælles data fra eSundhed, Landspatientregistret og MedComs statistik. Regionen stiller data til rådighed for kommunerne opgjort pr. kommune, så hver kommune kan følge sin egen udvikling og sammenligne sig med de andre.
    `),
  },

  // ───────────────────────────── Part 3 ─────────────────────────────
  {
    number: "3",
    kind: "PART",
    title: "Projekter",
    layer: "ADMINISTRATIVE",
    area: "GENERAL",
    body: P(`
      Ud over de løbende aftaler gennemfører parterne i aftaleperioden en række fælles udviklingsprojekter. Projekterne forankres i Den administrative styregruppe og evalueres, før det besluttes, om de skal udbredes til drift.
    `),
  },
  {
    number: "3.1",
    kind: "CHAPTER",
    title: "Den ældre medicinske patient",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Projektet styrker forløbet for svækkede ældre medicinske patienter gennem tidlig opsporing af sygdomstegn i hjemmeplejen, opfølgende hjemmebesøg efter udskrivning og en fast kontaktperson i kommunen. Projektet følger den nationale handlingsplan for den ældre medicinske patient.
    `),
    obligations: [
      {
        party: "MUNICIPALITY",
        action: "Gennemføre opfølgende hjemmebesøg ved kommunal sygeplejerske, om muligt sammen med den praktiserende læge",
        trigger: "Efter udskrivning af en svækket ældre medicinsk patient",
        amount: 7,
        unit: "CALENDAR_DAYS",
        channel: "MEETING",
        modality: "SHOULD",
      },
    ],
  },
  {
    number: "3.2",
    kind: "CHAPTER",
    title: "Telemedicinsk sårvurdering",
    layer: "ADMINISTRATIVE",
    area: "TREATMENT_AND_CARE",
    body: P(`
      Kommunale sygeplejersker fotograferer og beskriver borgerens sår i en fælles elektronisk sårjournal, og sygehusets sårcenter vurderer og rådgiver, uden at borgeren skal transporteres. Projektet udbredes til alle 17 kommuner i aftaleperioden.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Vurdere sårbilleder og give behandlingsrådgivning i sårjournalen",
        trigger: "Fra kommunen har uploadet billeder og beskrivelse af såret",
        amount: 3,
        unit: "WORKING_DAYS",
        channel: "PORTAL",
        modality: "MUST",
      },
    ],
  },
  {
    number: "3.3",
    kind: "CHAPTER",
    title: "Tidlig opsporing af KOL i almen praksis",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
    body: P(`
      Almen praksis og kommunerne samarbejder om tidlig opsporing af KOL hos rygere over 40 år med luftvejssymptomer. Borgere, der får stillet diagnosen, tilbydes rygestop og KOL-rehabilitering i kommunen.
    `),
  },

  // ───────────────────────────── Part 4 ─────────────────────────────
  {
    number: "4",
    kind: "PART",
    title: "Organisering",
    layer: "ADMINISTRATIVE",
    area: "ORGANISATION",
    body: P(`
      Aftalen er forankret i en fælles politisk og administrativ organisation, hvor region, kommuner og almen praksis er repræsenteret. Organisationen sikrer, at aftalen implementeres, at der følges op, og at uenigheder løses på det lavest mulige niveau.
    `),
  },
  {
    number: "4.1",
    kind: "CHAPTER",
    title: "Sundhedskoordinationsudvalget (SKU)",
    layer: "ADMINISTRATIVE",
    area: "ORGANISATION",
    body: P(`
      Sundhedskoordinationsudvalget består af politikere fra regionsrådet og kommunalbestyrelserne samt en repræsentant for almen praksis. Udvalget udarbejder sundhedsaftalen, fastlægger de politiske mål og følger op på pejlemærkerne mindst én gang om året.
    `),
  },
  {
    number: "4.2",
    kind: "CHAPTER",
    title: "Den administrative styregruppe",
    layer: "ADMINISTRATIVE",
    area: "ORGANISATION",
    body: P(`
      Den administrative styregruppe består af direktører fra regionen og kommunerne samt PLO Sjælland. Styregruppen har ansvaret for implementeringen, forbereder sager til Sundhedskoordinationsudvalget og nedsætter fora, udviklingsgrupper og arbejdsgrupper med kommissorier.
    `),
  },
  {
    number: "4.3",
    kind: "CHAPTER",
    title: "Tværsektorielle fora",
    layer: "ADMINISTRATIVE",
    area: "ORGANISATION",
    body: P(`
      Under styregruppen er der nedsat tværsektorielle fora for forebyggelse, behandling og pleje, genoptræning og rehabilitering samt psykiatri. Forummerne følger op på aftalens områder, identificerer problemer i overgangene og foreslår nye indsatser. Alle fora har repræsentanter for region, kommuner og almen praksis.
    `),
  },
  {
    number: "4.4",
    kind: "CHAPTER",
    title: "Udviklingsgrupper og arbejdsgrupper",
    layer: "ADMINISTRATIVE",
    area: "ORGANISATION",
    body: P(`
      Udviklingsgrupper arbejder med længerevarende temaer, fx den ældre medicinske patient eller telemedicin. Arbejdsgrupper nedsættes til en afgrænset opgave med et kommissorium, en tidsplan og et aftalt produkt, og de nedlægges, når opgaven er løst.
    `),
  },
  {
    number: "4.5",
    kind: "CHAPTER",
    title: "Afklaringsudvalg",
    layer: "ADMINISTRATIVE",
    area: "ORGANISATION",
    body: P(`
      Afklaringsudvalg består af repræsentanter for regionen og kommunerne. De behandler konkrete sager, hvor parterne er uenige om ansvaret for en opgave eller om fortolkningen af aftalen. Sager, der ikke kan løses i afklaringsudvalget, forelægges styregruppen.
    `),
    obligations: [
      {
        party: "JOINT",
        action: "Behandle sager om uenighed om ansvarsfordeling og give parterne et skriftligt svar",
        trigger: "Fra sagen er indbragt for afklaringsudvalget",
        amount: 8,
        unit: "WEEKS",
        channel: "MEETING",
        modality: "MUST",
      },
    ],
  },

  // ───────────────────────────── Part 5 ─────────────────────────────
  {
    number: "5",
    kind: "PART",
    title: "Implementering og opfølgning",
    layer: "ADMINISTRATIVE",
    area: "IMPLEMENTATION",
    body: P(`
      Aftalen implementeres lokalt i hver kommune, på sygehusene og i almen praksis. Parterne følger op gennem pejlemærkerne, audit af konkrete forløb og opfølgning på utilsigtede hændelser i sektorovergangene.
    `),
  },
  {
    number: "5.1",
    kind: "CHAPTER",
    title: "Implementeringsplan",
    layer: "ADMINISTRATIVE",
    area: "IMPLEMENTATION",
    body: P(`
      Styregruppen udarbejder en fælles implementeringsplan, og hver part udarbejder en lokal plan for, hvordan aftalen omsættes i egen organisation. Planerne beskriver ansvarlige, tidsplan og hvordan medarbejderne informeres og uddannes.
    `),
  },
  {
    number: "5.2",
    kind: "CHAPTER",
    title: "Opfølgning på mål og pejlemærker",
    layer: "ADMINISTRATIVE",
    area: "IMPLEMENTATION",
    body: P(`
      Hvert pejlemærke har en eller flere indikatorer med udgangspunkt, målsætning, datakilde og opgørelsesmetode. Regionen opgør indikatorerne og udarbejder en årlig status, som behandles i styregruppen og Sundhedskoordinationsudvalget. Midt i aftaleperioden udarbejdes en midtvejsstatus, og ved periodens udgang en slutstatus.
    `),
    obligations: [
      {
        party: "REGION",
        action: "Udarbejde årlig status på pejlemærkerne til Sundhedskoordinationsudvalget",
        trigger: "Ved udgangen af hvert kalenderår",
        amount: 3,
        unit: "MONTHS",
        channel: "MEETING",
        modality: "COMMITS",
      },
    ],
  },
  {
    number: "5.3",
    kind: "CHAPTER",
    title: "Utilsigtede hændelser i sektorovergange",
    layer: "ADMINISTRATIVE",
    area: "IMPLEMENTATION",
    body: P(`
      Utilsigtede hændelser, der opstår i overgangen mellem sektorerne, rapporteres i Dansk Patientsikkerhedsdatabase. Den part, der modtager rapporten, analyserer hændelsen i samarbejde med de involverede parter, og læringen deles i de tværsektorielle fora.

      Parterne følger årligt op på hændelsestyper og mønstre og tager dem op i relevante arbejdsgrupper.
    `),
    obligations: [
      {
        party: "JOINT",
        action: "Rapportere den utilsigtede hændelse i Dansk Patientsikkerhedsdatabase",
        trigger: "Når en sundhedsperson bliver opmærksom på en utilsigtet hændelse i en sektorovergang",
        amount: 7,
        unit: "CALENDAR_DAYS",
        channel: "OTHER",
        modality: "MUST",
      },
      {
        party: "JOINT",
        action: "Afslutte analysen af den utilsigtede hændelse og give tilbagemelding til rapportøren og de involverede parter",
        trigger: "Fra hændelsen er rapporteret",
        amount: 90,
        unit: "CALENDAR_DAYS",
        channel: "OTHER",
        modality: "MUST",
        workflow: "ADVERSE_EVENT_CLOSE",
      },
    ],
  },
];
