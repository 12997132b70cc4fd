/**
 * A judged relevance set for the GP lookup (issue 16 item 5): what a GP types — plain and colloquial
 * words, misspellings, full disease names, several words — in a residence municipality of the demo
 * seed, and the offer (by title, from prisma/seed/offers-catalogue.ts) a GP would want first.
 *
 * Judged by reading the catalogue: the expected offer is the one *about* what was typed (a smoking
 * cessation course for "rygestop", not a rehabilitation that lists smoking among its risk factors),
 * the municipality's own before the region's specialised one when both fit a plain word.
 *
 * Used by tests/integration/offers-relevance.test.ts (≥ 95 % first) and bench/offers-relevance.ts.
 */
export type JudgedQuery = { q: string; kommune: string; expected: string; kind: "plain" | "colloquial" | "misspelling" | "disease" | "words" };

const ROSKILDE = "265";
const GREVE = "253";
const HOLBAEK = "316";
const RINGSTED = "329";
const LEJRE = "350";
const GULDBORGSUND = "376";
const ODSHERRED = "306";
const SLAGELSE = "330";

export const RELEVANCE_SET: readonly JudgedQuery[] = [
  { q: "rygestop", kommune: ROSKILDE, expected: "Rygestopkursus i grupper", kind: "plain" },
  { q: "rygning", kommune: ROSKILDE, expected: "Rygestopkursus i grupper", kind: "plain" },
  { q: "smøger", kommune: ROSKILDE, expected: "Rygestopkursus i grupper", kind: "colloquial" },
  { q: "stoppe med at ryge", kommune: ROSKILDE, expected: "Rygestopkursus i grupper", kind: "words" },
  { q: "rygestp", kommune: ROSKILDE, expected: "Rygestopkursus i grupper", kind: "misspelling" },
  { q: "rygestop gravid", kommune: ROSKILDE, expected: "Rygestopkursus i grupper", kind: "words" },
  { q: "nikotin", kommune: LEJRE, expected: "Individuelt rygestopforløb", kind: "plain" },
  { q: "KOL", kommune: ROSKILDE, expected: "KOL-rehabilitering", kind: "plain" },
  { q: "kronisk obstruktiv lungesygdom", kommune: ROSKILDE, expected: "KOL-rehabilitering", kind: "disease" },
  { q: "lungepatient", kommune: ROSKILDE, expected: "KOL-rehabilitering", kind: "colloquial" },
  { q: "åndenød", kommune: ROSKILDE, expected: "KOL-rehabilitering", kind: "plain" },
  { q: "diabetes", kommune: ROSKILDE, expected: "Lær at leve med type 2-diabetes", kind: "plain" },
  { q: "type 2 diabetes", kommune: ROSKILDE, expected: "Lær at leve med type 2-diabetes", kind: "disease" },
  { q: "sukkersyge", kommune: ROSKILDE, expected: "Lær at leve med type 2-diabetes", kind: "colloquial" },
  { q: "diabetis", kommune: ROSKILDE, expected: "Lær at leve med type 2-diabetes", kind: "misspelling" },
  { q: "alkohol", kommune: ROSKILDE, expected: "Alkoholbehandling – Ambulant", kind: "plain" },
  { q: "drikker for meget", kommune: ROSKILDE, expected: "Alkoholbehandling – Ambulant", kind: "colloquial" },
  { q: "alkoholmisbrug", kommune: SLAGELSE, expected: "Alkoholbehandling – Ambulant", kind: "disease" },
  { q: "alkohl", kommune: ROSKILDE, expected: "Alkoholbehandling – Ambulant", kind: "misspelling" },
  { q: "overvægt", kommune: ROSKILDE, expected: "Kost og vægt – individuelle samtaler", kind: "plain" },
  { q: "kostvejledning", kommune: ROSKILDE, expected: "Kost og vægt – individuelle samtaler", kind: "plain" },
  { q: "vil gerne tabe sig", kommune: ROSKILDE, expected: "Kost og vægt – individuelle samtaler", kind: "colloquial" },
  { q: "hjertegenoptræning", kommune: ROSKILDE, expected: "Hjertegenoptræning (fase III)", kind: "plain" },
  { q: "hjerterehabilitering efter blodprop", kommune: ROSKILDE, expected: "Hjerterehabilitering fase II", kind: "words" },
  { q: "stress", kommune: GREVE, expected: "Stresshåndtering", kind: "plain" },
  { q: "stresset og udbrændt", kommune: GREVE, expected: "Stresshåndtering", kind: "colloquial" },
  { q: "knæartrose", kommune: RINGSTED, expected: "Træning og uddannelse ved knæ- og hofteartrose", kind: "disease" },
  { q: "slidgigt i hoften", kommune: RINGSTED, expected: "Træning og uddannelse ved knæ- og hofteartrose", kind: "colloquial" },
  { q: "ondt i knæet", kommune: RINGSTED, expected: "Træning og uddannelse ved knæ- og hofteartrose", kind: "colloquial" },
  { q: "hash", kommune: GULDBORGSUND, expected: "Ung rådgivning om hash og andre rusmidler", kind: "plain" },
  { q: "ung der ryger hash", kommune: GULDBORGSUND, expected: "Ung rådgivning om hash og andre rusmidler", kind: "words" },
  { q: "kræft", kommune: HOLBAEK, expected: "Kræftrehabilitering – Krop og sind", kind: "plain" },
  { q: "genoptræning efter brystkræft", kommune: HOLBAEK, expected: "Kræftrehabilitering – Krop og sind", kind: "disease" },
  { q: "motion på recept", kommune: GREVE, expected: "Motion på recept", kind: "words" },
  { q: "ensom teenager", kommune: LEJRE, expected: "Tidlig indsats for unge i mistrivsel", kind: "colloquial" },
  { q: "angst", kommune: LEJRE, expected: "Tidlig indsats for unge i mistrivsel", kind: "plain" },
  { q: "livsstilsændring", kommune: ODSHERRED, expected: "Sund hverdag – livsstilskursus", kind: "plain" },
];
