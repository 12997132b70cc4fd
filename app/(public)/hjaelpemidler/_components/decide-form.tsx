"use client";

import { useT } from "@/lib/i18n/client";
import { SimpleForm } from "@/app/(portal)/fora/_components/simple-form";
import { decideAidProposalAction } from "../actions";

/** The council's decision on one proposal: accept or reject, why, at which of its meetings. */
export function DecideForm({ proposalId, version, back, meetings }: { proposalId: string; version: number; back: "item" | "list"; meetings: { id: string; label: string }[] }) {
  const t = useT();
  if (meetings.length === 0) return <p>{t("aids.decide.noMeetings")}</p>;
  return (
    <SimpleForm
      action={decideAidProposalAction}
      hidden={{ proposalId, version, back }}
      fields={[
        { kind: "field", props: { as: "select", name: "outcome", label: t("aids.decide.outcome"), required: true, options: [{ value: "ACCEPTED", label: t("aids.decide.accept") }, { value: "REJECTED", label: t("aids.decide.reject") }] } },
        { kind: "field", props: { as: "textarea", name: "reason", label: t("aids.decide.reason"), required: true, rows: 2 } },
        { kind: "field", props: { as: "select", name: "meetingId", label: t("aids.decide.meeting"), required: true, options: meetings.map((m) => ({ value: m.id, label: m.label })) } },
      ]}
      submitLabel={t("aids.decide.submit")}
    />
  );
}
