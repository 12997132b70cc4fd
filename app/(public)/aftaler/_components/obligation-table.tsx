import type { Translate } from "@/lib/i18n/translate";
import { deadlineText } from "./labels";
import { CellTable } from "@/components/ui";

export type ObligationRow = {
  id: string;
  responsibleParty: string;
  action: string;
  trigger: string;
  deadlineAmount: number | null;
  deadlineUnit: string | null;
  channel: string | null;
  modality: string;
  source: string | null;
  referralMilestone: string | null;
};

/** A section's obligations: who must do what, on which trigger, by when, how — a real data table (cells styled by CellTable). */
export function ObligationTable({ rows, caption, t }: { rows: ObligationRow[]; caption: string; t: Translate }) {
  return (
    <CellTable className="mt-3">
      <caption className="mb-1 text-left text-sm font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("agreements.obligation.responsibleParty")}</th>
          <th scope="col">{t("agreements.obligation.modality")}</th>
          <th scope="col">{t("agreements.obligation.action")}</th>
          <th scope="col">{t("agreements.obligation.trigger")}</th>
          <th scope="col">{t("agreements.obligation.deadline")}</th>
          <th scope="col">{t("agreements.obligation.channel")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => (
          <tr key={o.id}>
            <td>{t.key(`agreements.party.${o.responsibleParty}`)}</td>
            <td>{t.key(`agreements.modality.${o.modality}`)}</td>
            <td>
              <span lang="da">{o.action}</span>
              {o.referralMilestone ? (
                <span className="mt-1 block text-xs font-semibold text-brand-800">
                  {t("agreements.obligation.milestoneNote", { milestone: t.key(`agreements.milestone.${o.referralMilestone}`) })}
                </span>
              ) : null}
              {o.source ? <span className="mt-1 block text-xs text-slate-700">{t("agreements.obligation.sourceNote", { source: o.source })}</span> : null}
            </td>
            <td lang="da">{o.trigger}</td>
            <td>{deadlineText(t, o.deadlineAmount, o.deadlineUnit)}</td>
            <td>{o.channel ? t.key(`agreements.channel.${o.channel}`) : "–"}</td>
          </tr>
        ))}
      </tbody>
    </CellTable>
  );
}
