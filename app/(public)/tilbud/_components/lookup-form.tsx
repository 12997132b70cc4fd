import Link from "next/link";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import type { SearchOffersInput } from "@/lib/domain/offers/schemas";
import type { MunicipalityDto } from "@/lib/domain/offers/list-municipalities";
import type { Translate } from "@/lib/i18n/translate";
import { DIAGNOSES, DIAGNOSIS_SLUG, FORMATS, FORMAT_SLUG, LANGUAGE_CODES, languageName, REFERRAL_ROUTES, REFERRAL_ROUTE_SLUG, RISK_FACTORS, RISK_FACTOR_SLUG } from "@/lib/offers/vocabulary";
import { Button, TextLink } from "@/components/ui";

/**
 * The lookup's search box and filters: a plain GET form, so every search is a URL (shareable, the
 * back button works) and it works without client-side JavaScript. The filters beyond the search words
 * and the municipality fold behind one "Afgræns" control (a disclosure, no script), open when one is
 * set: on a phone the first result is then on the first screen, not 1,450 px down.
 */
export function LookupForm({ query, municipalities, t, locale }: { query: SearchOffersInput; municipalities: MunicipalityDto[]; t: Translate; locale: "da" | "en" }) {
  const any = t("offers.lookup.any");
  const active = [query.risikofaktor, query.diagnose, query.alder, query.format, query.sprog, query.henvisning, query.aften].filter((value) => value !== undefined).length;
  return (
    <form method="get" action="/tilbud" role="search" aria-label={t("offers.lookup.title")} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-x-4 md:grid-cols-[2fr_1fr]">
        <FormField name="q" type="search" label={t("offers.lookup.search")} hint={t("offers.lookup.search.hint")} defaultValue={query.q ?? ""} state={IDLE} />
        <FormField
          as="select"
          name="kommune"
          label={t("offers.lookup.municipality")}
          defaultValue={query.kommune ?? ""}
          placeholder={t("offers.lookup.anyMunicipality")}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          state={IDLE}
        />
      </div>
      <details open={active > 0} className="group mb-4">
        <summary className="inline-flex cursor-pointer items-center gap-2 rounded-md px-1 py-1 font-semibold text-brand-800 underline hover:bg-brand-50">
          {t("offers.lookup.filters")}
          {active > 0 ? <span className="font-normal text-slate-700">({t("offers.lookup.filtersActive", { count: active })})</span> : null}
        </summary>
        <fieldset className="mt-2">
          <legend className="sr-only">{t("offers.lookup.filters")}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
            <FormField
              as="select"
              name="risikofaktor"
              label={t("offers.lookup.riskFactor")}
              defaultValue={query.risikofaktor ? RISK_FACTOR_SLUG[query.risikofaktor] : ""}
              placeholder={any}
              options={RISK_FACTORS.map((r) => ({ value: RISK_FACTOR_SLUG[r], label: t(`offers.riskFactor.${r}`) }))}
              state={IDLE}
            />
            <FormField
              as="select"
              name="diagnose"
              label={t("offers.lookup.diagnosis")}
              defaultValue={query.diagnose ? DIAGNOSIS_SLUG[query.diagnose] : ""}
              placeholder={any}
              options={DIAGNOSES.map((d) => ({ value: DIAGNOSIS_SLUG[d], label: t(`offers.diagnosis.${d}`) }))}
              state={IDLE}
            />
            <FormField name="alder" type="number" inputMode="numeric" label={t("offers.lookup.age")} defaultValue={query.alder !== undefined ? String(query.alder) : ""} state={IDLE} />
            <FormField
              as="select"
              name="format"
              label={t("offers.lookup.format")}
              defaultValue={query.format ? FORMAT_SLUG[query.format] : ""}
              placeholder={any}
              options={FORMATS.map((f) => ({ value: FORMAT_SLUG[f], label: t(`offers.format.${f}`) }))}
              state={IDLE}
            />
            <FormField
              as="select"
              name="sprog"
              label={t("offers.lookup.language")}
              defaultValue={query.sprog ?? ""}
              placeholder={any}
              options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) }))}
              state={IDLE}
            />
            <FormField
              as="select"
              name="henvisning"
              label={t("offers.lookup.referralRoute")}
              defaultValue={query.henvisning ? REFERRAL_ROUTE_SLUG[query.henvisning] : ""}
              placeholder={any}
              options={REFERRAL_ROUTES.map((r) => ({ value: REFERRAL_ROUTE_SLUG[r], label: t(`offers.route.${r}`) }))}
              state={IDLE}
            />
            <div className="mb-4 flex items-end sm:col-span-2">
              <label className="flex items-start gap-2 text-slate-900">
                <input type="checkbox" name="aften" value="1" defaultChecked={query.aften === "1"} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
                <span>{t("offers.lookup.afterHours")}</span>
              </label>
            </div>
          </div>
        </fieldset>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">
          {t("offers.lookup.submit")}
        </Button>
        <TextLink as={Link} href="/tilbud">
          {t("offers.lookup.reset")}
        </TextLink>
      </div>
    </form>
  );
}
