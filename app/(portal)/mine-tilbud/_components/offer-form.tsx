"use client";

import { useActionState } from "react";
import Link from "next/link";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useLocale, useT } from "@/lib/i18n/client";
import { SPECIALISED_CONDITIONS } from "@/lib/rules/offers";
import { CAPACITIES, DIAGNOSES, FORMATS, LANGUAGE_CODES, languageName, ORIENTATIONS, REFERRAL_ROUTES, RISK_FACTORS, SCOPES } from "@/lib/offers/vocabulary";
import { Checkbox, CheckboxSet, ChoiceGroup } from "@/components/ui/choices";

/** The values the form starts from (an existing offer, or the defaults of a new one), all as form strings. */
export type OfferFormDefaults = {
  offerId?: string;
  version?: number;
  ownerId?: string;
  text: Record<string, string>;
  riskFactors: string[];
  diagnoses: string[];
  formats: string[];
  languages: string[];
  checks: Record<string, boolean>;
  locations: { name: string; address: string; postalCode: string; city: string; accessibility: string }[];
};

const LOCATION_ROWS = 3;

/**
 * Create or edit an offer: every field of product.md, grouped in sections. Works without JavaScript
 * (a server action with progressive enhancement); after a failed submit the fields show what was
 * typed and the errors next to them.
 */
export function OfferForm(props: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: OfferFormDefaults;
  owners?: { id: string; name: string }[];
  submitLabel: string;
  cancelHref: string;
}) {
  const t = useT();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const failed = state.status !== "idle" && state.status !== "success";
  const values = failed ? state.values : undefined;
  const errors = (field: string) => (failed ? (state.fieldErrors[field] ?? []) : []);
  const text = (name: string) => props.defaults.text[name] ?? "";
  const group = (name: "riskFactors" | "diagnoses" | "formats" | "languages") =>
    values ? (values[name] ? values[name].split(",").filter(Boolean) : []) : props.defaults[name];
  const checked = (name: string) => (values ? values[name] === "on" : !!props.defaults.checks[name]);
  const rows = Math.min(5, Math.max(LOCATION_ROWS, props.defaults.locations.length + 1));
  const section = "mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
  const legend = "px-1 text-xl font-semibold text-slate-900";
  const field = (name: string, extra: Partial<React.ComponentProps<typeof FormField>> = {}) => (
    <FormField
      name={name}
      label={t.key(`offers.field.${name}`)}
      defaultValue={text(name)}
      state={state}
      {...(extra as object)}
    />
  );

  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      {props.defaults.offerId ? <input type="hidden" name="offerId" value={props.defaults.offerId} /> : null}
      {props.defaults.version ? <input type="hidden" name="version" value={props.defaults.version} /> : null}

      <fieldset className={section}>
        <legend className={legend}>{t("offers.mine.section.basics")}</legend>
        {props.owners && props.owners.length > 1 ? (
          <FormField
            as="select"
            name="ownerId"
            label={t("offers.mine.owner")}
            defaultValue={props.defaults.ownerId ?? props.owners[0].id}
            options={props.owners.map((o) => ({ value: o.id, label: o.name }))}
            state={state}
            required
          />
        ) : null}
        {field("title", { required: true })}
        {field("summary", { as: "textarea", rows: 2, hint: t("offers.field.summary.hint"), required: true })}
        {field("description", { as: "textarea", rows: 6 })}
        <div className="grid gap-x-4 sm:grid-cols-2">
          {field("scope", { as: "select", options: SCOPES.map((s) => ({ value: s, label: t(`offers.scope.${s}`) })) })}
          {field("orientation", { as: "select", options: ORIENTATIONS.map((o) => ({ value: o, label: t(`offers.orientation.${o}`) })) })}
        </div>
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("offers.mine.section.topics")}</legend>
        <ChoiceGroup
          type="checkbox"
          columns={2}
          name="riskFactors"
          legend={t("offers.field.riskFactors")}
          options={RISK_FACTORS.map((r) => ({ value: r, label: t(`offers.riskFactor.${r}`) }))}
          defaultValues={group("riskFactors")}
          errors={errors("riskFactors")}
        />
        <ChoiceGroup
          type="checkbox"
          columns={2}
          name="diagnoses"
          legend={t("offers.field.diagnoses")}
          options={DIAGNOSES.map((d) => ({ value: d, label: t(`offers.diagnosis.${d}`) }))}
          defaultValues={group("diagnoses")}
          errors={errors("diagnoses")}
        />
        <CheckboxSet
          legend={t("offers.field.specialisedConditions")}
          hint={t("offers.field.specialisedConditions.hint")}
          errors={errors("specialisedConditions")}
          items={SPECIALISED_CONDITIONS.map((name) => ({ name, label: t(`offers.field.${name}`), defaultChecked: checked(name) }))}
        />
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("offers.mine.section.target")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {field("targetAgeMin", { type: "number", inputMode: "numeric" })}
          {field("targetAgeMax", { type: "number", inputMode: "numeric" })}
        </div>
        {field("targetGroup", { as: "textarea", rows: 2 })}
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("offers.mine.section.practical")}</legend>
        <ChoiceGroup
          type="checkbox"
          columns={2}
          name="formats"
          legend={t("offers.field.formats")}
          options={FORMATS.map((f) => ({ value: f, label: t(`offers.format.${f}`) }))}
          defaultValues={group("formats")}
          errors={errors("formats")}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          {field("sessions", { type: "number", inputMode: "numeric" })}
          {field("durationWeeks", { type: "number", inputMode: "numeric" })}
        </div>
        {field("schedule", { as: "textarea", rows: 2, hint: t("offers.field.schedule.hint") })}
        <ChoiceGroup
          type="checkbox"
          name="languages"
          legend={t("offers.field.languages")}
          options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) }))}
          defaultValues={group("languages")}
          errors={errors("languages")}
          columns={3}
        />
        <Checkbox name="afterHours" label={t("offers.field.afterHours")} defaultChecked={checked("afterHours")} />
        <Checkbox name="relativesWelcome" label={t("offers.field.relativesWelcome")} defaultChecked={checked("relativesWelcome")} />
        {field("specialNeedsSupport", { as: "textarea", rows: 2 })}
        <h3 className="mt-4 mb-2 text-lg font-semibold text-slate-900">{t("offers.field.locations")}</h3>
        {Array.from({ length: rows }, (_, i) => {
          const l = props.defaults.locations[i];
          const loc = (name: keyof NonNullable<typeof l>, extra: Partial<React.ComponentProps<typeof FormField>> = {}) => (
            <FormField name={`locations.${i}.${name}`} label={t(`offers.field.location.${name}`)} defaultValue={l?.[name] ?? ""} state={state} {...(extra as object)} />
          );
          return (
            <fieldset key={i} className="mb-3 rounded-md border border-slate-300 p-3">
              <legend className="px-1 font-medium text-slate-900">{t("offers.field.location.legend", { n: i + 1 })}</legend>
              <div className="grid gap-x-4 sm:grid-cols-2">
                {loc("name")}
                {loc("address")}
                {loc("postalCode", { inputMode: "numeric" })}
                {loc("city")}
              </div>
              {loc("accessibility")}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("offers.mine.section.contact")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          {field("contactName")}
          {field("contactPhone", { type: "tel", autoComplete: "off" })}
          {field("contactEmail", { type: "email", autoComplete: "off" })}
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {field("referralRoute", { as: "select", options: REFERRAL_ROUTES.map((r) => ({ value: r, label: t(`offers.route.${r}`) })) })}
          {field("entryPointLocationNumber", { inputMode: "numeric", hint: t("offers.field.entryPointLocationNumber.hint") })}
        </div>
        <div className="grid gap-x-4 sm:grid-cols-3">
          {field("capacity", { as: "select", options: CAPACITIES.map((c) => ({ value: c, label: t(`offers.capacity.${c}`) })) })}
          {field("waitingWeeksMin", { type: "number", inputMode: "numeric" })}
          {field("waitingWeeksMax", { type: "number", inputMode: "numeric" })}
        </div>
        {field("evidenceBase", { as: "textarea", rows: 2 })}
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("offers.mine.section.validity")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          {field("validFrom", { type: "date" })}
          {field("validTo", { type: "date", hint: t("offers.field.validTo.hint") })}
          {field("reviewIntervalDays", { type: "number", inputMode: "numeric" })}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {props.submitLabel}
        </button>
        <Link href={props.cancelHref} className="font-medium text-brand-700 underline hover:text-brand-800">
          {t("offers.mine.cancel")}
        </Link>
      </div>
    </form>
  );
}
