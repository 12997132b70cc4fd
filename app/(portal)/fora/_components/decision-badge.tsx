import type { Translate } from "@/lib/i18n/translate";
import { badgeContinue, badgeNone, badgeWindDown } from "./styles";

/** "Videreføres · endelig" / "Afvikles · indstillet" / "Ikke besluttet" — text, not colour alone. */
export function DecisionBadge({ decision, t }: { decision: { decision: "CONTINUE" | "WIND_DOWN"; stage: "PROPOSED" | "FINAL" } | null; t: Translate }) {
  if (!decision) return <span className={badgeNone}>{t("initiatives.decision.none")}</span>;
  return (
    <span className={decision.decision === "CONTINUE" ? badgeContinue : badgeWindDown}>
      {t(`initiatives.decision.${decision.decision}`)} · {t(`initiatives.stage.${decision.stage}`)}
    </span>
  );
}
