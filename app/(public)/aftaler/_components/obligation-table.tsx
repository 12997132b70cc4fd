import type { Translate } from "@/lib/i18n/translate";
import { deadlineText } from "./labels";
import { Table, Td, Th } from "@/components/ui";

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

/** A section's obligations: who must do what, on which trigger, by when, how — a real data table. */
export function ObligationTable({ rows, caption, t }: { rows: ObligationRow[]; caption: string; t: Translate }) {
  return (
    <Table className="mt-3">
      <caption className="mb-1 text-left text-sm font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr>
          <Th scope="col">{t("agreements.obligation.responsibleParty")}</Th>
          <Th scope="col">{t("agreements.obligation.modality")}</Th>
          <Th scope="col">{t("agreements.obligation.action")}</Th>
          <Th scope="col">{t("agreements.obligation.trigger")}</Th>
          <Th scope="col">{t("agreements.obligation.deadline")}</Th>
          <Th scope="col">{t("agreements.obligation.channel")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => (
          <tr key={o.id}>
            <Td>{t.key(`agreements.party.${o.responsibleParty}`)}</Td>
            <Td>{t.key(`agreements.modality.${o.modality}`)}</Td>
            <Td>
              <span lang="da">{o.action}</span>
              {o.referralMilestone ? (
                <span className="mt-1 block text-xs font-semibold text-brand-800">
                  {t("agreements.obligation.milestoneNote", { milestone: t.key(`agreements.milestone.${o.referralMilestone}`) })}
                </span>
              ) : null}
              {o.source ? <span className="mt-1 block text-xs text-slate-700">{t("agreements.obligation.sourceNote", { source: o.source })}</span> : null}
            </Td>
            <Td lang="da">{o.trigger}</Td>
            <Td>{deadlineText(t, o.deadlineAmount, o.deadlineUnit)}</Td>
            <Td>{o.channel ? t.key(`agreements.channel.${o.channel}`) : "–"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
