import type { Translate } from "@/lib/i18n/translate";
import type { AidAnswer } from "@/lib/aids/answer";

/** "Kommunen — varigt behov, servicelovens §112" (a shared responsibility adds its note). */
export function answerLine(t: Translate, answer: AidAnswer): string {
  const party = t.key(`aids.answer.party.${answer.party}`);
  const use = t.key(`aids.use.${answer.use}`);
  const line = answer.legalBasis ? t("aids.answer.line", { party, use, basis: answer.legalBasis }) : t("aids.answer.lineNoBasis", { party, use });
  return answer.party === "SHARED" && answer.note ? `${line} (${answer.note})` : line;
}
