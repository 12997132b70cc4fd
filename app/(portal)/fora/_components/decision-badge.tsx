import type { Translate } from "@/lib/i18n/translate";
import { BadgeNeutral } from "@/components/ui";

/** "Videreføres · endelig" / "Afvikles · indstillet" / "Ikke besluttet" — text, not colour alone. */
export function DecisionBadge({ decision, t }: { decision: { decision: "CONTINUE" | "WIND_DOWN"; stage: "PROPOSED" | "FINAL" } | null; t: Translate }) {
  if (!decision) return <BadgeNeutral>{t("initiatives.decision.none")}</BadgeNeutral>;
  return (
    <span className={decision.decision === "CONTINUE" ? "inline-block rounded px-2 py-0.5 text-xs font-semibold bg-green-100 text-green-900" : "inline-block rounded px-2 py-0.5 text-xs font-semibold bg-red-100 text-red-900"}>
      {t(`initiatives.decision.${decision.decision}`)} · {t(`initiatives.stage.${decision.stage}`)}
    </span>
  );
}
