import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import type { Translate } from "@/lib/i18n/translate";

/** The decision and stage filters both status boards offer (a GET form: the state lives in the URL). */
export function DecisionFilters({
  filter,
  t,
  className,
}: {
  filter: { decision?: string | null; stage?: string | null };
  t: Translate;
  className: string;
}) {
  return (
    <>
      <FormField
        as="select"
        name="beslutning"
        label={t("initiatives.filter.decision")}
        defaultValue={filter.decision ?? ""}
        placeholder={t("initiatives.filter.all")}
        options={["CONTINUE", "WIND_DOWN", "NONE"].map((d) => ({ value: d, label: t.key(d === "NONE" ? "initiatives.decision.none" : `initiatives.decision.${d}`) }))}
        state={IDLE}
        className={className}
      />
      <FormField
        as="select"
        name="fase"
        label={t("initiatives.filter.stage")}
        defaultValue={filter.stage ?? ""}
        placeholder={t("initiatives.filter.all")}
        options={["PROPOSED", "FINAL"].map((s) => ({ value: s, label: t.key(`initiatives.stage.${s}`) }))}
        state={IDLE}
        className={className}
      />
    </>
  );
}
