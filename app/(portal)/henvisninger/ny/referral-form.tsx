"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { ConsentBasis, Diagnosis, RiskFactor } from "@/lib/generated/prisma/enums";
import { Checkbox, ChoiceGroup } from "@/components/ui/choices";
import { referAction } from "../actions";
import type { FormValues, ReferFormState } from "./form-state";
import { Button, Dd, Dl, Dt, H2Small } from "@/components/ui";

const CLARIFYING_CONVERSATION = "CLARIFYING_CONVERSATION";

type Props = {
  residence: { id: string; name: string };
  offers: { id: string; title: string; ownerName: string; viaPartner: boolean; waitingList: boolean }[];
  defaultTarget?: string;
};

/**
 * The referral form and its preview. "Gennemse" asks the server to check everything sending would
 * check and shows the referral as the municipality will get it; "Send" then creates it, "Ret" goes
 * back to the form with the values. Works without JavaScript (every step is a form post).
 */
export function ReferralForm({ residence, offers, defaultTarget }: Props) {
  const t = useT();
  const [state, action, pending] = useActionState<ReferFormState, FormData>(referAction, IDLE);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "preview") previewHeading.current?.focus();
  }, [state]);

  if (state.status === "preview") {
    const p = state.preview;
    const list = (values: string[], prefix: string) => (values.length ? values.map((v) => t.key(`${prefix}.${v}`)).join(", ") : t("referrals.none"));
    return (
      <section aria-labelledby="referral-preview" className="rounded-lg border-2 border-brand-600 bg-white p-5 shadow-sm">
        <H2Small id="referral-preview" ref={previewHeading} tabIndex={-1}>
          {t("referrals.preview.title")}
        </H2Small>
        <p className="mb-4 text-slate-800">{t("referrals.preview.intro")}</p>
        <Dl>
          <Dt>{t("referrals.detail.name")}</Dt>
          <Dd>{p.citizenName}</Dd>
          <Dt>{t("referrals.detail.cpr")}</Dt>
          <Dd>{p.citizenCpr}</Dd>
          <Dt>{t("referrals.detail.residence")}</Dt>
          <Dd>{p.residenceMunicipalityName}</Dd>
          <Dt>{t("referrals.detail.target")}</Dt>
          <Dd>{p.kind === "OFFER" ? p.offerTitle : t("referrals.conversationWith", { municipality: p.residenceMunicipalityName })}</Dd>
          <Dt>{t("referrals.preview.receiver")}</Dt>
          <Dd>{p.receivingMunicipalityName}</Dd>
          <Dt>{t("referrals.detail.reason")}</Dt>
          <Dd>{p.reason}</Dd>
          <Dt>{t("referrals.new.riskFactors")}</Dt>
          <Dd>{list(p.riskFactors, "referrals.riskFactor")}</Dd>
          <Dt>{t("referrals.new.diagnoses")}</Dt>
          <Dd>{list(p.diagnoses, "referrals.diagnosis")}</Dd>
          <Dt>{t("referrals.new.relevantInformation")}</Dt>
          <Dd>{p.relevantInformation ?? t("referrals.notGiven")}</Dd>
          <Dt>{t("referrals.new.specialNeeds")}</Dt>
          <Dd>{p.specialNeeds ?? t("referrals.notGiven")}</Dd>
          <Dt>{t("referrals.detail.consent")}</Dt>
          <Dd>
            {t(`referrals.consent.${p.consentBasis}`)}
            {p.consentNoted && p.consentBasis !== "AUTHORISED_NO_OBJECTION" ? ` — ${t("referrals.preview.consentNotedYes")}` : ""}
          </Dd>
        </Dl>
        <p className="mt-4 font-medium text-slate-900">
          {p.receiptDueAt ? t("referrals.preview.receiptDue", { date: formatDate(p.receiptDueAt) }) : t("referrals.preview.noReceiptDeadline")}
        </p>
        <form action={action} className="mt-4 flex flex-wrap gap-3">
          {Object.entries(state.values).flatMap(([name, values]) =>
            values.map((value, i) => <input key={`${name}-${i}`} type="hidden" name={name} value={value} />),
          )}
          <Button type="submit" name="intent" value="send" disabled={pending}>
            {t("referrals.preview.send")}
          </Button>
          <Button type="submit" name="intent" value="edit" disabled={pending} variant="secondary">
            {t("referrals.preview.edit")}
          </Button>
        </form>
      </section>
    );
  }

  const values: FormValues = state.status === "editing" ? state.values : "multi" in state && state.multi ? state.multi : {};
  const fieldState: ActionState = state.status === "editing" ? IDLE : state;
  const errorsOf = (name: string) => (fieldState.status === "idle" || fieldState.status === "success" ? [] : (fieldState.fieldErrors[name] ?? []));
  const one = (name: string, fallback?: string) => values[name]?.[0] ?? fallback;

  const targetOptions = [
    { value: CLARIFYING_CONVERSATION, label: t("referrals.conversationWith", { municipality: residence.name }) },
    ...offers.map((o) => ({
      value: o.id,
      label:
        t(o.viaPartner ? "referrals.new.target.partner" : "referrals.new.target.own", { title: o.title, owner: o.ownerName }) +
        (o.waitingList ? ` (${t("referrals.new.target.waitingList")})` : ""),
    })),
  ];

  return (
    <form action={action} noValidate aria-labelledby="referral-step2">
      <H2Small id="referral-step2">
        {t("referrals.new.step2")}
      </H2Small>
      <FormMessage state={fieldState} />
      <input type="hidden" name="residenceMunicipalityId" value={residence.id} />
      <div className="grid gap-x-6 md:grid-cols-2">
        <FormField name="cpr" label={t("referrals.new.cpr")} hint={t("referrals.new.cpr.hint")} required autoComplete="off" inputMode="numeric" defaultValue={one("cpr")} state={fieldState} />
        <FormField name="citizenName" label={t("referrals.new.citizenName")} required autoComplete="off" defaultValue={one("citizenName")} state={fieldState} />
      </div>
      {errorsOf("residenceMunicipalityId").length ? (
        <p role="alert" className="mb-4 font-medium text-red-700">
          {t("validation.choose")}
        </p>
      ) : null}
      <FormField
        as="select"
        name="target"
        label={t("referrals.new.target")}
        hint={offers.length ? t("referrals.new.target.hint") : t("referrals.new.noOffers")}
        required
        options={targetOptions}
        defaultValue={one("target", defaultTarget ?? CLARIFYING_CONVERSATION)}
        state={fieldState}
      />
      <FormField as="textarea" name="reason" label={t("referrals.new.reason")} hint={t("referrals.new.reason.hint")} required rows={4} defaultValue={one("reason")} state={fieldState} />
      <ChoiceGroup
        type="checkbox"
        name="riskFactors"
        legend={t("referrals.new.riskFactors")}
        columns={2}
        options={Object.values(RiskFactor).map((v) => ({ value: v, label: t(`referrals.riskFactor.${v}`) }))}
        defaultValues={values.riskFactors}
        errors={errorsOf("riskFactors")}
      />
      <ChoiceGroup
        type="checkbox"
        name="diagnoses"
        legend={t("referrals.new.diagnoses")}
        columns={2}
        options={Object.values(Diagnosis).map((v) => ({ value: v, label: t(`referrals.diagnosis.${v}`) }))}
        defaultValues={values.diagnoses}
        errors={errorsOf("diagnoses")}
      />
      <FormField
        as="textarea"
        name="relevantInformation"
        label={t("referrals.new.relevantInformation")}
        hint={t("referrals.new.relevantInformation.hint")}
        rows={3}
        defaultValue={one("relevantInformation")}
        state={fieldState}
      />
      <FormField as="textarea" name="specialNeeds" label={t("referrals.new.specialNeeds")} hint={t("referrals.new.specialNeeds.hint")} rows={2} defaultValue={one("specialNeeds")} state={fieldState} />
      <ChoiceGroup
        type="radio"
        name="consentBasis"
        legend={t("referrals.new.consentBasis")}
        hint={t("referrals.new.consentBasis.hint")}
        required
        options={Object.values(ConsentBasis).map((v) => ({ value: v, label: t(`referrals.consent.${v}`) }))}
        defaultValues={values.consentBasis}
        errors={errorsOf("consentBasis")}
      />
      <Checkbox name="consentNoted" label={t("referrals.new.consentNoted")} defaultChecked={values.consentNoted?.[0] === "on"} errors={errorsOf("consentNoted")} />
      <Button type="submit" name="intent" value="preview" disabled={pending}>
        {t("referrals.new.preview")}
      </Button>
    </form>
  );
}
