"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import type { TaskTransferDecisionStep } from "@/lib/rules/task-transfers";
import {
  addMilestoneAction,
  completeMilestoneAction,
  decideTaskTransferAction,
  evaluateTaskTransferAction,
  openTaskTransferAction,
  saveReceivingPartAction,
  saveTransferringPartAction,
} from "./actions";

type Option = { value: string; label: string };
type Values = Record<string, string>;

const TRANSFERRING_FIELDS = ["competences", "equipment", "documentation", "economyTransferring", "risks"] as const;

/** The transferring party's fields of the dialogue basis (in the open form and on the case page). */
function TransferringFields({ values, state }: { values: Values; state: Parameters<typeof FormField>[0]["state"] }) {
  const t = useT();
  return (
    <>
      <FormField name="task" label={t("taskTransfers.field.task")} required defaultValue={values.task} state={state} />
      <FormField name="patientGroup" label={t("taskTransfers.field.patientGroup")} required defaultValue={values.patientGroup} state={state} />
      <FormField name="patientsPerYear" type="number" inputMode="numeric" label={t("taskTransfers.field.patientsPerYear")} defaultValue={values.patientsPerYear} state={state} />
      {TRANSFERRING_FIELDS.map((name) => (
        <FormField key={name} as="textarea" name={name} label={t.key(`taskTransfers.field.${name}`)} rows={3} defaultValue={values[name]} state={state} />
      ))}
    </>
  );
}

export function OpenTransferForm({ own, organisations, today }: { own: Option[]; organisations: Option[]; today: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(openTaskTransferAction, IDLE);
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormMessage state={state} />
      <FormField
        as="select"
        name="type"
        label={t("taskTransfers.field.type")}
        required
        placeholder={t("validation.choose")}
        options={[
          { value: "A_DEVELOPMENT", label: t("taskTransfers.type.A_DEVELOPMENT") },
          { value: "B_CAPACITY", label: t("taskTransfers.type.B_CAPACITY") },
        ]}
        state={state}
      />
      <FormField as="select" name="transferringOrganisationId" label={t("taskTransfers.field.transferring")} required options={organisations} defaultValue={own[0]?.value} state={state} />
      <FormField as="select" name="receivingOrganisationId" label={t("taskTransfers.field.receiving")} required placeholder={t("validation.choose")} options={organisations} state={state} />
      <FormField name="effectiveFrom" type="date" label={t("taskTransfers.field.effectiveFrom")} required defaultValue={today} state={state} />
      <TransferringFields values={{}} state={state} />
      <Button type="submit" disabled={pending}>
        {t("taskTransfers.submit.open")}
      </Button>
    </form>
  );
}

/** A step on the case: a form with its heading, result, and the case's id and version (a change meanwhile is a conflict). */
function CaseForm(props: { id: string; heading: string; action: (formData: FormData) => void; state: ActionState; transferId: string; version: number; children: React.ReactNode }) {
  return (
    <form action={props.action} noValidate aria-labelledby={props.id} className="mb-4 rounded-md border border-slate-300 bg-white p-4">
      <h2 id={props.id} className="mb-2 text-lg font-semibold text-slate-900">
        {props.heading}
      </h2>
      <FormMessage state={props.state} />
      <input type="hidden" name="transferId" value={props.transferId} />
      <input type="hidden" name="version" value={props.version} />
      {props.children}
    </form>
  );
}

export function PartForm({ part, transferId, version, values }: { part: "transferring" | "receiving"; transferId: string; version: number; values: Values }) {
  const t = useT();
  const [state, action, pending] = useActionState(part === "transferring" ? saveTransferringPartAction : saveReceivingPartAction, IDLE);
  return (
    <CaseForm id={`part-${part}`} heading={t.key(`taskTransfers.part.${part}`)} action={action} state={state} transferId={transferId} version={version}>
      {part === "transferring" ? (
        <TransferringFields values={values} state={state} />
      ) : (
        <>
          <FormField as="textarea" name="economyReceiving" label={t("taskTransfers.field.economyReceiving")} rows={3} defaultValue={values.economyReceiving} state={state} />
          <FormField as="textarea" name="receivingAssessment" label={t("taskTransfers.field.receivingAssessment")} rows={3} defaultValue={values.receivingAssessment} state={state} />
        </>
      )}
      <Button type="submit" disabled={pending}>
        {t("taskTransfers.part.save")}
      </Button>
    </CaseForm>
  );
}

export function DecisionForm({ step, transferId, version }: { step: TaskTransferDecisionStep; transferId: string; version: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(decideTaskTransferAction, IDLE);
  return (
    <CaseForm id={`decide-${step}`} heading={t.key(`taskTransfers.step.${step}`)} action={action} state={state} transferId={transferId} version={version}>
      <input type="hidden" name="step" value={step} />
      {step === "agree" ? <FormField name="agreedFrom" type="date" label={t("taskTransfers.field.agreedFrom")} state={state} /> : null}
      <FormField as="textarea" name="note" label={t("taskTransfers.field.note")} rows={2} state={state} />
      <Button type="submit" variant={step === "agree" ? "primary" : "secondary"} disabled={pending}>
        {t.key(`taskTransfers.step.${step}`)}
      </Button>
    </CaseForm>
  );
}

/** A milestone for the implementation plan: what, which party completes it, by when. */
export function MilestoneForm({ transferId, version, parties, today }: { transferId: string; version: number; parties: Option[]; today: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(addMilestoneAction, IDLE);
  return (
    <CaseForm id="plan-add" heading={t("taskTransfers.plan.add")} action={action} state={state} transferId={transferId} version={version}>
      <FormField name="title" label={t("taskTransfers.field.milestoneTitle")} required state={state} />
      <FormField as="select" name="party" label={t("taskTransfers.field.milestoneParty")} required placeholder={t("validation.choose")} options={parties} state={state} />
      <FormField name="dueOn" type="date" label={t("taskTransfers.field.dueOn")} required defaultValue={today} state={state} />
      <Button type="submit" disabled={pending}>
        {t("taskTransfers.plan.add")}
      </Button>
    </CaseForm>
  );
}

/** Marking one milestone done, in its row: the button names the milestone for a screen reader. */
export function CompleteMilestoneForm({ transferId, version, milestoneId, title }: { transferId: string; version: number; milestoneId: string; title: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(completeMilestoneAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="transferId" value={transferId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="milestoneId" value={milestoneId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("taskTransfers.plan.completeLabel", { title })}>
        {t("taskTransfers.plan.complete")}
      </Button>
    </form>
  );
}

export function EvaluationForm({ transferId, version }: { transferId: string; version: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(evaluateTaskTransferAction, IDLE);
  return (
    <CaseForm id="evaluate" heading={t("taskTransfers.evaluation.title")} action={action} state={state} transferId={transferId} version={version}>
      <FormField as="textarea" name="evaluation" label={t("taskTransfers.field.evaluation")} hint={t("taskTransfers.evaluation.hint")} required rows={4} state={state} />
      <Button type="submit" disabled={pending}>
        {t("taskTransfers.evaluation.submit")}
      </Button>
    </CaseForm>
  );
}
