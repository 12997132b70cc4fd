import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { getObligationMatrix } from "@/lib/domain/agreements/obligation-matrix";
import { getTranslator } from "@/lib/i18n/server";
import { FormField } from "@/components/forms/form-field";
import { IDLE } from "@/lib/domain/action-state";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { sectionAnchor } from "../../_components/agreement-document";
import { AREAS, CHANNELS, DEADLINE_UNITS, MODALITIES, PARTY_KINDS, deadlineText, options } from "../../_components/labels";
import { buttonPrimary, buttonSecondary, h1, link, table, td, th } from "../../_components/styles";

type Params = Promise<{ agreementId: string }>;
const FILTERS = ["party", "area", "modality", "unit", "channel"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("agreements.matrix.title") };
}

/**
 * "What must we do?" — the obligations of the agreement in force for a party kind, filterable by area,
 * modality, deadline unit and channel. The filters live in the URL (shareable, back button works).
 */
export default async function ObligationMatrixPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { agreementId } = await params;
  const query = await searchParams;
  // Each filter is one of its known values; anything else (a hand-edited link) is dropped.
  const allowed: Record<(typeof FILTERS)[number], readonly string[]> = {
    party: PARTY_KINDS,
    area: AREAS,
    modality: MODALITIES,
    unit: [...DEADLINE_UNITS, "NONE"],
    channel: [...CHANNELS, "NONE"],
  };
  const filters = Object.fromEntries(
    FILTERS.map((f) => {
      const value = first(query[f]) ?? "";
      return [f, allowed[f].includes(value) ? value : ""];
    }),
  ) as Record<(typeof FILTERS)[number], string>;
  const { t } = await getTranslator();
  const matrix = await orNotFound(getObligationMatrix(await getActor(), { agreementId, ...filters }));
  const base = `/aftaler/${encodeURIComponent(matrix.agreement.id)}`;
  const hrefWith = (change: Partial<typeof filters>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, ...change })) if (value) next.set(key, value);
    return `${base}/forpligtelser${next.size ? `?${next}` : ""}`;
  };
  const countOf = (party: string, area: string) => matrix.counts.find((c) => c.party === party && c.area === area)?.count ?? 0;
  const usedAreas = AREAS.filter((area) => matrix.counts.some((c) => c.area === area));

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href={base} className={link}>
            {matrix.agreement.title}
          </Link>
        </p>
        <h1 className={h1}>{t("agreements.matrix.title")}</h1>
        <p className="max-w-3xl text-slate-800">{t("agreements.matrix.intro")}</p>
        {matrix.version ? (
          <p className="text-slate-800">{t("agreements.matrix.version", { label: matrix.version.label, count: matrix.total })}</p>
        ) : null}
      </div>

      {!matrix.version ? (
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">{t("agreements.matrix.noneInForce")}</p>
      ) : (
        <>
          <section aria-labelledby="overview">
            <h2 id="overview" className="mb-3 text-xl font-semibold">{t("agreements.matrix.overview")}</h2>
            <div className="overflow-x-auto">
              <table className={table}>
                <caption className="sr-only">{t("agreements.matrix.overviewCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>{t("agreements.obligation.responsibleParty")}</th>
                    {usedAreas.map((area) => (
                      <th key={area} scope="col" className={th}>{t(`agreements.area.${area}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {PARTY_KINDS.map((party) => (
                    <tr key={party}>
                      <th scope="row" className={`${td} font-semibold`}>
                        <Link href={hrefWith({ party, area: "" })} className={link}>
                          {t(`agreements.party.${party}`)}
                        </Link>
                      </th>
                      {usedAreas.map((area) => {
                        const count = countOf(party, area);
                        return (
                          <td key={area} className={`${td} tabular-nums`}>
                            {count > 0 ? (
                              <Link
                                href={hrefWith({ party, area })}
                                className={link}
                                aria-label={t("agreements.matrix.cellLabel", { count, party: t(`agreements.party.${party}`), area: t(`agreements.area.${area}`) })}
                              >
                                {count}
                              </Link>
                            ) : (
                              "0"
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="filter">
            <h2 id="filter" className="mb-3 text-xl font-semibold">{t("agreements.matrix.filter")}</h2>
            <form method="get" className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-5">
              <FormField as="select" name="party" label={t("agreements.matrix.party")} options={options(t, PARTY_KINDS, "agreements.party")} placeholder={t("agreements.matrix.all")} defaultValue={filters.party} state={IDLE} />
              <FormField as="select" name="area" label={t("agreements.matrix.area")} options={options(t, AREAS, "agreements.area")} placeholder={t("agreements.matrix.all")} defaultValue={filters.area} state={IDLE} />
              <FormField as="select" name="modality" label={t("agreements.matrix.modality")} options={options(t, MODALITIES, "agreements.modality")} placeholder={t("agreements.matrix.all")} defaultValue={filters.modality} state={IDLE} />
              <FormField
                as="select"
                name="unit"
                label={t("agreements.matrix.unit")}
                options={[...options(t, DEADLINE_UNITS, "agreements.unit"), { value: "NONE", label: t("agreements.deadline.none") }]}
                placeholder={t("agreements.matrix.all")}
                defaultValue={filters.unit}
                state={IDLE}
              />
              <FormField
                as="select"
                name="channel"
                label={t("agreements.matrix.channel")}
                options={[...options(t, CHANNELS, "agreements.channel"), { value: "NONE", label: t("agreements.matrix.noChannel") }]}
                placeholder={t("agreements.matrix.all")}
                defaultValue={filters.channel}
                state={IDLE}
              />
              <div className="flex gap-3 sm:col-span-2 lg:col-span-5">
                <button type="submit" className={buttonPrimary}>
                  {t("agreements.matrix.apply")}
                </button>
                <Link href={`${base}/forpligtelser`} className={buttonSecondary}>
                  {t("agreements.matrix.reset")}
                </Link>
              </div>
            </form>
          </section>

          <section aria-labelledby="rows">
            <h2 id="rows" className="mb-3 text-xl font-semibold" aria-live="polite">
              {filters.party
                ? t("agreements.matrix.forParty", { party: t.key(`agreements.party.${filters.party}`), count: matrix.rows.length })
                : t("agreements.matrix.allRows", { count: matrix.rows.length })}
            </h2>
            {filters.party && filters.party !== "JOINT" ? <p className="mb-3 text-slate-800">{t("agreements.matrix.jointIncluded")}</p> : null}
            {matrix.rows.length === 0 ? (
              <p>{t("agreements.matrix.noRows")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className={table}>
                  <caption className="sr-only">{t("agreements.matrix.rowsCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className={th}>{t("agreements.matrix.section")}</th>
                      <th scope="col" className={th}>{t("agreements.obligation.responsibleParty")}</th>
                      <th scope="col" className={th}>{t("agreements.obligation.modality")}</th>
                      <th scope="col" className={th}>{t("agreements.obligation.action")}</th>
                      <th scope="col" className={th}>{t("agreements.obligation.trigger")}</th>
                      <th scope="col" className={th}>{t("agreements.obligation.deadline")}</th>
                      <th scope="col" className={th}>{t("agreements.obligation.channel")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {matrix.rows.map((o) => (
                      <tr key={o.id}>
                        <td className={td}>
                          <Link href={`${base}/v/${matrix.version!.number}#${sectionAnchor(o.sectionNumber)}`} className={link}>
                            {o.sectionNumber}
                          </Link>
                          <span className="block text-xs text-slate-700">{o.sectionTitle}</span>
                        </td>
                        <td className={td}>{t(`agreements.party.${o.responsibleParty}`)}</td>
                        <td className={td}>{t(`agreements.modality.${o.modality}`)}</td>
                        <td className={td}>
                          {o.action}
                          {o.referralMilestone ? (
                            <span className="mt-1 block text-xs font-semibold text-brand-800">
                              {t("agreements.obligation.milestoneNote", { milestone: t(`agreements.milestone.${o.referralMilestone}`) })}
                            </span>
                          ) : null}
                        </td>
                        <td className={td}>{o.trigger}</td>
                        <td className={td}>{deadlineText(t, o.deadlineAmount, o.deadlineUnit)}</td>
                        <td className={td}>{o.channel ? t(`agreements.channel.${o.channel}`) : "–"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
