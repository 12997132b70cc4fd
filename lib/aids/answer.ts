/**
 * The lookup's one-line answer (issue 14): "Kommunen — varigt behov, servicelovens §112". Who
 * *supplies* the aid for the need, the need, and the legal basis; a shared responsibility names its
 * note. Pure: returns message keys and values; the page translates.
 */
import type { AidParty } from "@/lib/generated/prisma/enums";
import type { AidContent } from "./fields";
import type { AidUse } from "./thesaurus";

export type AidAnswer = { use: AidUse; party: AidParty; legalBasis: string; note: string };

/** The answers for the need the search named, or for both needs (temporary first). */
export function aidAnswers(item: AidContent, use: AidUse | null): AidAnswer[] {
  const temporary: AidAnswer = { use: "TEMPORARY", party: item.temporarySupply, legalBasis: item.temporaryLegalBasis, note: item.temporaryNote };
  const permanent: AidAnswer = { use: "PERMANENT", party: item.permanentSupply, legalBasis: item.permanentLegalBasis, note: item.permanentNote };
  if (use === "TEMPORARY") return [temporary];
  if (use === "PERMANENT") return [permanent];
  return [temporary, permanent];
}
