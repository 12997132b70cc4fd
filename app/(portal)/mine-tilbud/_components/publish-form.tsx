"use client";

import { useActionState } from "react";
import Link from "next/link";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { publishOfferAction } from "../actions";
import { Checkbox } from "@/components/ui/choices";
import { Banner } from "@/components/ui";

/** Publish with the standards confirmation; a refusal lists what is missing, with a link to the form. */
export function PublishForm({ offerId, version }: { offerId: string; version: number }) {
  const t = useT();
  const [state, formAction, pending] = useActionState(publishOfferAction, IDLE);
  const failed = state.status !== "idle" && state.status !== "success";
  const fieldErrors = failed ? state.fieldErrors : {};
  const missing = Object.entries(fieldErrors).filter(([field]) => field !== "standardsConfirmed" && field !== "_form");
  const fieldLabel = (field: string) => (field.startsWith("locations.") ? t("offers.field.locations") : t.key(`offers.field.${field}`));

  return (
    <form action={formAction}>
      <div aria-live="assertive">
        {failed && (missing.length > 0 || state.messageKey !== "errors.invalid") ? (
          <Banner role="alert" tone="error" className="mb-3">
            <p>{t.key(state.messageKey)}</p>
            {missing.length > 0 ? (
              <ul className="mt-1 list-disc pl-6">
                {missing.map(([field, keys]) => (
                  <li key={field}>
                    {fieldLabel(field)}: {keys.map((k) => t.key(k.split("|")[0])).join(" ")}
                  </li>
                ))}
              </ul>
            ) : null}
            {missing.length > 0 ? (
              <p className="mt-2">
                <Link href={`/mine-tilbud/${offerId}/rediger`} className="font-medium text-brand-700 underline">
                  {t("offers.mine.edit")}
                </Link>
              </p>
            ) : null}
          </Banner>
        ) : null}
      </div>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="version" value={version} />
      <Checkbox name="standardsConfirmed" label={t("offers.field.standardsConfirmed")} defaultChecked={false} errors={fieldErrors.standardsConfirmed ?? []} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("offers.mine.publish")}
      </button>
    </form>
  );
}
