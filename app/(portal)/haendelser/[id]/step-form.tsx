"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import type { AdverseEventStep } from "@/lib/rules/adverse-events";
import { analyseAdverseEventAction, closeAdverseEventAction, gradeAdverseEventAction } from "../actions";

const ACTIONS: Record<AdverseEventStep, (previous: ActionState, formData: FormData) => Promise<ActionState>> = {
  grade: gradeAdverseEventAction,
  analyse: analyseAdverseEventAction,
  close: closeAdverseEventAction,
};

/** One step of an adverse event as a form, with the version the page showed (a change meanwhile is a conflict). */
export function StepForm(props: { step: AdverseEventStep; eventId: string; version: number; parties: { value: string; label: string }[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(ACTIONS[props.step], IDLE);
  const headingId = `step-${props.step}`;
  return (
    <form action={action} noValidate aria-labelledby={headingId} className="mb-4 rounded-md border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="mb-2 text-lg font-semibold text-slate-900">
        {t.key(`adverseEvents.step.${props.step}`)}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={props.eventId} />
      <input type="hidden" name="version" value={props.version} />
      {props.step === "grade" ? (
        <>
          <FormField
            as="select"
            name="grade"
            label={t("adverseEvents.field.grade")}
            required
            placeholder={t("validation.choose")}
            options={[
              { value: "SERIOUS", label: t("adverseEvents.grade.SERIOUS") },
              { value: "NOT_SERIOUS", label: t("adverseEvents.grade.NOT_SERIOUS") },
            ]}
            state={state}
          />
          <FormField as="select" name="primaryHandlerOrganisationId" label={t("adverseEvents.field.primaryHandler")} required placeholder={t("validation.choose")} options={props.parties} state={state} />
          <FormField as="textarea" name="analysisGroup" label={t("adverseEvents.field.analysisGroup")} hint={t("adverseEvents.field.analysisGroup.hint")} rows={3} state={state} />
        </>
      ) : null}
      {props.step === "analyse" ? <FormField as="textarea" name="analysis" label={t("adverseEvents.field.analysis")} required rows={5} state={state} /> : null}
      {props.step === "close" ? (
        <>
          <FormField as="textarea" name="actionPlan" label={t("adverseEvents.field.actionPlan")} required rows={4} state={state} />
          <FormField as="textarea" name="implementationCriteria" label={t("adverseEvents.field.implementationCriteria")} required rows={3} state={state} />
          <FormField as="textarea" name="summary" label={t("adverseEvents.field.summary")} hint={t("adverseEvents.field.summary.hint")} required rows={4} state={state} />
        </>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t.key(`adverseEvents.step.${props.step}`)}
      </Button>
    </form>
  );
}
