/**
 * One-line descriptions and the reasoning behind each 2019 decision, for the initiatives of
 * prisma/seed/data/initiatives-status-2019.csv (keyed by title; looked up by normalised import key).
 * Written for the demo: plausible paraphrases, not quotations from the status tables.
 */
export const INITIATIVE_TEXTS: Record<string, [description: string, reasoning: string]> = {
  // Følgegruppen for behandling og pleje
  "Videreudvikling af SAM:BO ift. socialpsykiatri": ["Udvidelse af samarbejdsaftalen om borgerforløb (SAM:BO), så den også dækker kommunernes socialpsykiatri.", "Socialpsykiatrien skal indarbejdes i de reviderede SAM:BO-forløb i 2020."],
  "Videreudvikling af SAM:BO ift. arbejdsmarkedsområdet": ["Inddragelse af jobcentrene i SAM:BO, så sygemeldte borgeres forløb koordineres med beskæftigelsesindsatsen.", "Beskrivelsen af jobcentrenes rolle er påbegyndt og afsluttes i 2020."],
  "Samarbejdsaftale om FMK": ["Aftale om ansvaret for at ajourføre Fælles Medicinkort ved sektorovergange.", "Aftalen er indarbejdet i SAM:BO og i den tværsektorielle FMK-arbejdsgruppes arbejde og afvikles som selvstændig aftale."],
  "Tværsektoriel FMK arbejdsgruppe": ["Arbejdsgruppe, der følger brugen af FMK på tværs af sygehuse, kommuner og almen praksis.", "Der er fortsat udfordringer med ajourføring af FMK; gruppen følger op på data og vejledning."],
  "Samarbejdsaftalen om patienter med uhelbredelig livstruende sygdom og forventet kort levetid i Region Syddanmark": ["Samarbejdsaftale om palliative forløb på tværs af sygehus, kommune og almen praksis.", "Aftalen revideres i lyset af de nationale anbefalinger for den palliative indsats."],
  "Elektronisk kommunikation mellem psykiatri og hjemmepleje": ["Indførelse af MedCom-meddelelser mellem psykiatrien og den kommunale hjemmepleje.", "Meddelelserne er taget i brug i tre kommuner og skal udbredes til resten."],
  "Revision af forløbene for SAM:BO (Somatik og psykiatri)": ["Samlet revision af SAM:BO-forløbsbeskrivelserne for somatik og psykiatri.", "Revisionen er i gang og skal afsluttes, før de nye forløb implementeres."],
  "Handlingsplanen for den ældre medicinske patient 2016-19 samt tillæg til Sundhedsaftalen herom": ["Handlingsplan med indsatser for svækkede ældre medicinske patienter og tillæg til sundhedsaftalen.", "Handlingsplanens periode udløber i 2019, og indsatserne er overgået til drift."],
  "Audit/evaluering af SAM:BO": ["Fælles audit af udvalgte SAM:BO-forløb med deltagelse af sygehuse og kommuner.", "Audit gentages efter revisionen af forløbene for at måle effekten."],
  "Casekataloget vedr. behandlingsredskaber og hjælpemidler": ["Katalog over typiske sager om fordelingen af ansvar for behandlingsredskaber og hjælpemidler.", "Kataloget bruges aktivt og skal opdateres med nye sagstyper."],
  "Revision af samarbejdsaftalen på demensområdet": ["Revision af den tværsektorielle aftale om udredning, behandling og opfølgning ved demens.", "Den nationale demenshandlingsplan kræver, at aftalen opdateres."],
  "Undersøgelse af underrepræsentation af indvandrere på demensenhederne": ["Kortlægning af, hvorfor færre ældre med indvandrerbaggrund udredes for demens.", "Undersøgelsen er igangsat og afrapporteres i 2020."],
  "Oplæg til kompetenceudvikling vedr. demens": ["Forslag til fælles kompetenceudvikling om demens for personale i alle sektorer.", "Oplægget skal konkretiseres og finansieres."],
  "Revision af Demenssyd.dk": ["Opdatering af den fælles hjemmeside om demens i Region Syddanmark.", "Hjemmesiden er revideret, og driften er forankret i sekretariatet."],
  "Regional vejledning om utilsigtede hændelser i sektorovergange": ["Fælles vejledning om rapportering og analyse af utilsigtede hændelser i sektorovergange.", "Vejledningen skal tilpasses de nye regler for rapportering af utilsigtede hændelser."],
  "Samarbejdsaftale om peritonealdialyse i eget hjem": ["Aftale om opgavefordelingen ved posedialyse i borgerens eget hjem.", "Flere borgere er i hjemmedialyse, og aftalen skal følges tæt."],
  "Samarbejdsaftale om borgere, der skal overvåges i eget hjem pga. respiratorisk udstyr": ["Aftale om ansvar og oplæring, når borgere med respirator eller anden respirationsstøtte bor hjemme.", "Aftalen evalueres efter det første års drift."],
  "Samarbejdsaftale om ledsagelse og praktisk hjælp": ["Aftale om, hvem der ledsager og hjælper borgere under indlæggelse og ved transport.", "Der er fortsat tvivlsspørgsmål, som aftalen skal præcisere."],
  "Samarbejdsaftale for det psykiatriske område": ["Den overordnede samarbejdsaftale mellem psykiatrien og kommunerne.", "Aftalen erstattes af de reviderede SAM:BO-forløb for psykiatri."],
  "Samarbejdsaftale for udviklingshæmmede med psykiske lidelser (oligofreni)": ["Aftale om udredning og behandling af borgere med udviklingshæmning og psykisk lidelse.", "Målgruppen har fortsat behov for en særskilt aftale."],
  "Samarbejdsaftale på det retspsykiatriske område": ["Aftale om samarbejdet om retspsykiatriske patienter, herunder udslusning til kommunale tilbud.", "Antallet af retspsykiatriske patienter stiger, og aftalen skal revideres."],
  "Aftale om sårbare gravide": ["Aftale om tidlig opsporing og koordinerede forløb for sårbare gravide.", "Aftalen revideres sammen med de nye anbefalinger for svangreomsorgen."],
  "Samarbejdsaftale om gravide med et risikoforbrug af rusmidler og alkohol i regi af familieambulatoriet PLUS": ["Aftale om forløb for gravide med rusmiddel- eller alkoholforbrug i familieambulatoriet.", "Samarbejdet fungerer godt og skal fortsætte."],
  "Ammepolitikken": ["Fælles politik for ammevejledning på fødeafdelingerne og i den kommunale sundhedspleje.", "Politikken opdateres med de nye nationale anbefalinger."],
  "Nye sygehus-hjemmeplejestandarder": ["Nye standarder for kommunikationen mellem sygehus og hjemmepleje.", "Standarderne er indarbejdet i SAM:BO og afvikles som selvstændigt projekt."],
  // Følgegruppen for opgaveoverdragelse
  "Samtalestøtte til stressramte og langtidssygemeldte borgere": ["Model for kommunal samtalestøtte til borgere med stress, som almen praksis kan henvise til.", "Modellen er afprøvet i fire kommuner og skal evalueres."],
  "Indsatser i de kommunale akutfunktioner (Kvalitetsstandarder for kommunale akutfunktioner i hjemmesygeplejen – krav og anbefalinger): Intravenøs og subcutan medicinadministration": ["Opgaveoverdragelse af intravenøs og subkutan medicinadministration til de kommunale akutfunktioner.", "Kvalitetsstandarderne for akutfunktionerne kræver fælles retningslinjer og oplæring."],
  "Samarbejdsaftale om IV behandling med væske": ["Aftale om ansvar og oplæring ved intravenøs væskebehandling i eget hjem.", "Aftalen skal tilpasses kvalitetsstandarderne for akutfunktionerne."],
  "Samarbejdsaftale om IV behandling med antibiotika": ["Aftale om ansvar og oplæring ved intravenøs antibiotikabehandling i eget hjem.", "Flere borgere behandles hjemme, og aftalen skal følges med data."],
  "Samarbejdsaftale om sondeernæring": ["Aftale om ansvaret for ernæring gennem sonde efter udskrivning.", "Aftalen bruges dagligt og skal holdes opdateret."],
  "Samarbejdsaftale om parenteral ernæring": ["Aftale om opgavefordelingen ved intravenøs ernæring i eget hjem.", "Aftalen skal revideres efter nye kliniske retningslinjer."],
  "Samarbejdsaftale om akutte bed-side blodprøver og prøvetagning til mikrobiologiske undersøgelser": ["Aftale om kommunal prøvetagning i hjemmet og på akutpladser med svar til sygehus og egen læge.", "Aftalen er central for akutfunktionerne og skal følges op."],
  "Samarbejdsaftale om pasning af dræn": ["Aftale om ansvar og oplæring ved pasning af dræn efter udskrivning.", "Aftalen fungerer, men oplæringsmaterialet skal opdateres."],
  "Samarbejdsaftale om kateteranlæggelse og pleje": ["Aftale om anlæggelse og pleje af blærekateter i eget hjem.", "Der er fortsat utilsigtede hændelser på området, som skal følges."],
  "Samarbejdsaftale for blodprøvetagning i eget hjem": ["Aftale om blodprøvetagning i hjemmet for borgere, der ikke kan komme til egen læge eller sygehus.", "Aftalen skal udvides til flere prøvetyper."],
  "Modellen for planlagt og aftalt overdragelse": ["Den fælles model for, hvordan opgaver overdrages planlagt og aftalt mellem sektorerne.", "Modellen er grundlaget for alle aftaler om opgaveoverdragelse."],
  "Samarbejdsaftale for patienter i behandling med lavpotent kemoterapi i eget hjem": ["Aftale om ansvar og sikkerhed ved lavpotent kemoterapi i borgerens eget hjem.", "Aftalen er ny og skal evalueres efter et år."],
  // Følgegruppen for forebyggelse
  "Opdatering af den eksisterende regionale samarbejdsaftale for det børne- og ungdomspsykiatriske område": ["Opdatering af samarbejdsaftalen mellem børne- og ungdomspsykiatrien og kommunerne.", "Ventetider og nye kommunale tilbud gør en opdatering nødvendig."],
  "Arbejdsgruppen vedr. nye rammer for kronisk sygdom": ["Arbejdsgruppe, der omsætter de nationale anbefalinger for forløb ved kronisk sygdom.", "Anbefalingerne skal implementeres i alle kommuner i den nye aftaleperiode."],
  "Arbejdsgruppen for sundhedsprofilen 2017": ["Arbejdsgruppe, der formidler resultaterne af sundhedsprofilen 2017 til kommuner og sygehuse.", "Resultaterne skal bruges i planlægningen af den næste sundhedsaftale."],
  "Arbejdsgruppe: Ny aftale på børne- og ungeområdet": ["Udarbejdelse af en samlet tværsektoriel aftale for børn og unge.", "Aftalen er under udarbejdelse og forventes godkendt i 2020."],
  "Regional tværsektoriel aftale om infektionshygiejnisk rådgivning": ["Aftale om regionens infektionshygiejniske rådgivning til kommunerne.", "Behovet for rådgivning er stigende, og aftalen skal fortsætte."],
  "Aftale om Regionens rådgivning til kommunerne om forebyggelse": ["Aftale om, hvordan regionen rådgiver kommunerne om forebyggelse, jf. sundhedslovens § 119.", "Kommunerne efterspørger fortsat rådgivningen."],
  "Arbejdsgruppe for monitorering": ["Arbejdsgruppe, der udvikler fælles indikatorer for forebyggelsesindsatsen.", "Indikatorerne skal bruges til opfølgning på den nye sundhedsaftale."],
  "Styre- og projektgruppe for projekt ”Livsstilsguide i praksis” Jf. Strategi for forebyggelse af livsstilsygdomme hos mennesker med en sindslidelse": ["Projekt om livsstilsguider for mennesker med en sindslidelse.", "Projektet er afsluttet og evalueret; erfaringerne er overført til drift."],
  "Aftale om kompetenceudvikling og videndeling – vedr. ”lead” model i forbindelse med implementering af nye forløbsprogrammer": ["Model med nøglepersoner (leads), der deler viden om nye forløbsprogrammer.", "Forløbsprogrammerne er implementeret, og modellen er ikke længere nødvendig."],
  "Arbejdsgruppe vedr. Syddansk Børne- og Ungesundhedsprofil": ["Arbejdsgruppe om en regional sundhedsprofil for børn og unge.", "Opgaven er overgået til den nationale børne- og ungeundersøgelse."],
  "Aftale om kompetenceudvikling og videndeling – vedr. samarbejde med Sammen om Velfærd": ["Samarbejde med projektet Sammen om Velfærd om kompetenceudvikling.", "Projektperioden er udløbet."],
  "Arbejdsgruppe: Implementering af nationale kliniske retningslinjer for knæartrose": ["Implementering af de nationale kliniske retningslinjer for knæartrose, herunder træning i kommunerne.", "Retningslinjerne er implementeret i alle kommuner."],
  "Arbejdsgruppe: Monitorering af ”Strategi for forebyggelse og behandling af livsstilssygdomme for mennesker med en sindslidelse i Region Syddanmark”": ["Monitorering af strategien for livsstilssygdomme hos mennesker med en sindslidelse.", "Monitoreringen indgår fremover i arbejdsgruppen for monitorering."],
  "Afdækning af kommunale erfaringer med indsatser for mental sundhed blandt børn og unge": ["Kortlægning af kommunernes indsatser for mental sundhed blandt børn og unge.", "Afdækningen er gennemført og afrapporteret."],
  "Kortlægning af mental sundhed": ["Kortlægning af data om mental sundhed i regionen.", "Kortlægningen er afsluttet og indgår i sundhedsprofilen."],
};

/** A couple of initiatives in each follow-up group that is not in the CSV (keyed by group name). */
export const EXTRA_INITIATIVES: Record<string, { title: string; description: string; decision: "Videreføres" | "Afvikles"; reasoning: string }[]> = {
  "Følgegruppen for genoptræning og rehabilitering": [
    { title: "Fælles retningslinjer for genoptræningsplaner", description: "Fælles retningslinjer for indhold og fremsendelse af genoptræningsplaner.", decision: "Videreføres", reasoning: "Retningslinjerne skal opdateres efter de nye regler om frit valg og ventetid." },
    { title: "Forløbsbeskrivelse for rehabilitering efter erhvervet hjerneskade", description: "Tværsektoriel forløbsbeskrivelse for voksne med erhvervet hjerneskade.", decision: "Videreføres", reasoning: "Forløbsbeskrivelsen implementeres i 2020 og skal følges." },
  ],
  "Følgegruppen for psykiatri og sociale forhold": [
    { title: "Samarbejdsaftale om borgere med samtidig psykisk lidelse og misbrug", description: "Aftale om koordineret behandling af borgere med dobbeltdiagnose.", decision: "Videreføres", reasoning: "Målgruppen falder fortsat mellem to stole, og aftalen skal styrkes." },
    { title: "Udslusning fra psykiatrisk afdeling til botilbud", description: "Model for planlagt udslusning fra psykiatrisk afdeling til kommunale botilbud.", decision: "Afvikles", reasoning: "Modellen er indarbejdet i SAM:BO for psykiatri." },
  ],
  "Følgegruppen for sundheds-it og digitale arbejdsgange": [
    { title: "Implementering af MedCom-standarder for henvisning og afslutning (XREF15/XDIS15)", description: "Udbredelse af de nye MedCom-standarder for henvisning og afslutningsnotat.", decision: "Videreføres", reasoning: "Standarderne skal være i brug i alle kommuner i 2020." },
    { title: "Telemedicinsk sårvurdering", description: "Fælles sårjournal, hvor kommunerne kan få sygehusets vurdering af sår.", decision: "Afvikles", reasoning: "Løsningen er i drift i alle kommuner." },
  ],
  "Følgegruppen for børn og unge": [
    { title: "Tidlig opsporing af mistrivsel hos børn og unge", description: "Fælles redskaber til tidlig opsporing af mistrivsel i sundhedsplejen og almen praksis.", decision: "Videreføres", reasoning: "Redskaberne afprøves i fem kommuner." },
  ],
};
