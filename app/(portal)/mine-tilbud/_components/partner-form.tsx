"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { addPartnerArrangementAction } from "../actions";

/** Add a partner municipality whose citizens may use the offer. */
export function PartnerForm({ offerId, municipalities }: { offerId: string; municipalities: { id: string; name: string }[] }) {
  const t = useT();
  const [state, formAction, pending] = useActionState(addPartnerArrangementAction, IDLE);
  return (
    <form action={formAction} className="mt-3">
      <FormMessage state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <FormField
        as="select"
        name="citizenMunicipalityId"
        label={t("offers.field.citizenMunicipalityId")}
        placeholder={t("offers.coverage.none")}
        options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        state={state}
        required
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField name="validFrom" type="date" label={t("offers.field.validFrom")} state={state} />
        <FormField name="validTo" type="date" label={t("offers.field.validTo")} state={state} />
      </div>
      <FormField name="note" label={t("offers.field.note")} state={state} />
      <button type="submit" disabled={pending} className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70">
        {t("offers.mine.addPartner")}
      </button>
    </form>
  );
}
