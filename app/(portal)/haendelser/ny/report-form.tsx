"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { ChoiceGroup } from "@/components/ui/choices";
import { reportAdverseEventAction } from "../actions";

type Option = { value: string; label: string };

/** Reporting an adverse event: the DPSD reference, what happened (no personal data), the parties. */
export function ReportForm({ reporting, parties }: { reporting: Option[]; parties: Option[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(reportAdverseEventAction, IDLE);
  const failed = state.status !== "idle" && state.status !== "success";
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormMessage state={state} />
      <FormField as="select" name="reportingOrganisationId" label={t("adverseEvents.field.reportingOrganisation")} required options={reporting} defaultValue={reporting[0]?.value} state={state} />
      <FormField name="dpsdReference" label={t("adverseEvents.field.dpsdReference")} hint={t("adverseEvents.field.dpsdReference.hint")} required state={state} />
      <FormField name="title" label={t("adverseEvents.field.title")} required state={state} />
      <FormField as="textarea" name="description" label={t("adverseEvents.field.description")} hint={t("adverseEvents.field.description.hint")} required rows={5} state={state} />
      <ChoiceGroup
        type="checkbox"
        name="partyIds"
        legend={t("adverseEvents.field.parties")}
        hint={t("adverseEvents.field.parties.hint")}
        required
        columns={2}
        options={parties}
        errors={failed ? (state.fieldErrors.partyIds ?? []) : []}
      />
      <Button type="submit" disabled={pending}>
        {t("adverseEvents.submit.report")}
      </Button>
    </form>
  );
}
