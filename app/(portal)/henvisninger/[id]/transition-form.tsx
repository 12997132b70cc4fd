"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import type { ReferralTransition } from "@/lib/rules/referrals";
import { ChoiceGroup } from "@/components/ui/choices";
import {
  acceptReferralAction,
  cancelReferralAction,
  completeReferralAction,
  dropOutReferralAction,
  reassignReferralAction,
  receiveReferralAction,
  rejectReferralAction,
  startReferralAction,
} from "../actions";

const ACTIONS: Record<ReferralTransition, (previous: ActionState, formData: FormData) => Promise<ActionState>> = {
  receive: receiveReferralAction,
  accept: acceptReferralAction,
  reject: rejectReferralAction,
  reassign: reassignReferralAction,
  start: startReferralAction,
  complete: completeReferralAction,
  dropOut: dropOutReferralAction,
  cancel: cancelReferralAction,
};

const DANGER: readonly ReferralTransition[] = ["reject", "dropOut", "cancel"];

/** Steps recorded with the day they really happened (today by default); deadlines count from it. */
const DATED: readonly ReferralTransition[] = ["receive", "start", "complete", "dropOut"];

/**
 * One lifecycle step as a form: the referral's id and the version the page showed (a change made
 * meanwhile by someone else is refused as a conflict), plus the fields the step needs.
 */
export function TransitionForm(props: { transition: ReferralTransition; referralId: string; version: number; today: string; offers?: { value: string; label: string }[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(ACTIONS[props.transition], IDLE);
  const errors = (name: string) => (state.status === "idle" || state.status === "success" ? [] : (state.fieldErrors[name] ?? []));
  const echoed = (name: string) => (state.status === "idle" || state.status === "success" ? undefined : state.values[name]);
  const headingId = `transition-${props.transition}`;
  const yesNo = [
    { value: "ja", label: t("referrals.yes") },
    { value: "nej", label: t("referrals.no") },
  ];

  return (
    <form action={action} noValidate aria-labelledby={headingId} className="mb-4 rounded-md border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="mb-2 text-lg font-semibold text-slate-900">
        {t(`referrals.action.${props.transition}`)}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="referralId" value={props.referralId} />
      <input type="hidden" name="version" value={props.version} />

      {DATED.includes(props.transition) ? (
        <FormField
          type="date"
          name="happenedOn"
          label={t.key(`referrals.action.happenedOn.${props.transition}`)}
          hint={t("referrals.action.happenedOn.hint")}
          defaultValue={props.today}
          state={state}
        />
      ) : null}

      {props.transition === "reassign" ? (
        <FormField
          as="select"
          name="offerId"
          label={t("referrals.action.offer")}
          hint={t("referrals.action.offer.hint")}
          required
          options={props.offers ?? []}
          placeholder={t("validation.choose")}
          state={state}
        />
      ) : null}

      {props.transition === "reject" || props.transition === "dropOut" || props.transition === "cancel" ? (
        <FormField
          as="textarea"
          name="reason"
          label={t("referrals.action.reason")}
          hint={t(`referrals.action.${props.transition}.hint`)}
          required
          rows={3}
          state={state}
        />
      ) : null}

      {props.transition === "complete" ? (
        <>
          <ChoiceGroup type="radio" name="attended" legend={t("referrals.action.attended")} required options={yesNo} defaultValues={echoed("attended") ? [echoed("attended")!] : []} errors={errors("attended")} />
          <FormField as="textarea" name="goal" label={t("referrals.action.goal")} required rows={2} state={state} />
          <FormField as="textarea" name="benefit" label={t("referrals.action.benefit")} required rows={2} state={state} />
          <ChoiceGroup
            type="radio"
            name="followUpNeeded"
            legend={t("referrals.action.followUpNeeded")}
            required
            options={yesNo}
            defaultValues={echoed("followUpNeeded") ? [echoed("followUpNeeded")!] : []}
            errors={errors("followUpNeeded")}
          />
          <FormField as="textarea" name="followUpNote" label={t("referrals.action.followUpNote")} hint={t("referrals.action.followUpNote.hint")} rows={2} state={state} />
        </>
      ) : null}

      {props.transition === "receive" || props.transition === "accept" || props.transition === "start" || props.transition === "reassign" ? (
        <FormField as="textarea" name="note" label={t("referrals.action.note")} hint={t("referrals.action.note.hint")} rows={2} state={state} />
      ) : null}

      <button type="submit" disabled={pending} className={DANGER.includes(props.transition) ? "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70" : "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"}>
        {t(`referrals.action.${props.transition}`)}
      </button>
    </form>
  );
}
