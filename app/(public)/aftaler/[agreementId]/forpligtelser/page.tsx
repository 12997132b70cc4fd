import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { getObligationMatrix } from "@/lib/domain/agreements/obligation-matrix";
import { getTranslator, titled } from "@/lib/i18n/server";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { sectionAnchor } from "../../_components/agreement-document";
import { AREAS, CHANNELS, DEADLINE_UNITS, MODALITIES, PARTY_KINDS, deadlineText, options } from "../../_components/labels";
import { Banner, Button, ButtonLink, H1, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ agreementId: string }>;
const FILTERS = ["party", "area", "modality", "unit", "channel"] as const;

export const generateMetadata = titled("agreements.matrix.title");

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
          <TextLink as={Link} href={base}>
            {matrix.agreement.title}
          </TextLink>
        </p>
        <H1>{t("agreements.matrix.title")}</H1>
        <p className="max-w-3xl text-slate-800">{t("agreements.matrix.intro")}</p>
        {matrix.version ? (
          <p className="text-slate-800">{t("agreements.matrix.version", { label: matrix.version.label, count: matrix.total })}</p>
        ) : null}
      </div>

      {!matrix.version ? (
        <Banner as="p" tone="warning">{t("agreements.matrix.noneInForce")}</Banner>
      ) : (
        <>
          <section aria-labelledby="overview">
            <h2 id="overview" className="mb-3 text-xl font-semibold">{t("agreements.matrix.overview")}</h2>
            <div className="overflow-x-auto">
              <Table>
                <caption className="sr-only">{t("agreements.matrix.overviewCaption")}</caption>
                <thead>
                  <tr>
                    <Th scope="col">{t("agreements.obligation.responsibleParty")}</Th>
                    {usedAreas.map((area) => (
                      <Th key={area} scope="col">{t(`agreements.area.${area}`)}</Th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {PARTY_KINDS.map((party) => (
                    <tr key={party}>
                      <Td as="th" scope="row" className="font-semibold">
                        <TextLink as={Link} href={hrefWith({ party, area: "" })}>
                          {t(`agreements.party.${party}`)}
                        </TextLink>
                      </Td>
                      {usedAreas.map((area) => {
                        const count = countOf(party, area);
                        return (
                          <Td key={area} className="tabular-nums">
                            {count > 0 ? (
                              <TextLink as={Link}
                                href={hrefWith({ party, area })}
                               
                                aria-label={t("agreements.matrix.cellLabel", { count, party: t(`agreements.party.${party}`), area: t(`agreements.area.${area}`) })}
                              >
                                {count}
                              </TextLink>
                            ) : (
                              "0"
                            )}
                          </Td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </Table>
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
                <Button type="submit">
                  {t("agreements.matrix.apply")}
                </Button>
                <ButtonLink href={`${base}/forpligtelser`}>
                  {t("agreements.matrix.reset")}
                </ButtonLink>
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
                <Table>
                  <caption className="sr-only">{t("agreements.matrix.rowsCaption")}</caption>
                  <thead>
                    <tr>
                      <Th scope="col">{t("agreements.matrix.section")}</Th>
                      <Th scope="col">{t("agreements.obligation.responsibleParty")}</Th>
                      <Th scope="col">{t("agreements.obligation.modality")}</Th>
                      <Th scope="col">{t("agreements.obligation.action")}</Th>
                      <Th scope="col">{t("agreements.obligation.trigger")}</Th>
                      <Th scope="col">{t("agreements.obligation.deadline")}</Th>
                      <Th scope="col">{t("agreements.obligation.channel")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {matrix.rows.map((o) => (
                      <tr key={o.id}>
                        <Td>
                          <TextLink as={Link} href={`${base}/v/${matrix.version!.number}#${sectionAnchor(o.sectionNumber)}`}>
                            {o.sectionNumber}
                          </TextLink>
                          <span className="block text-xs text-slate-700">{o.sectionTitle}</span>
                        </Td>
                        <Td>{t(`agreements.party.${o.responsibleParty}`)}</Td>
                        <Td>{t(`agreements.modality.${o.modality}`)}</Td>
                        <Td>
                          {o.action}
                          {o.referralMilestone ? (
                            <span className="mt-1 block text-xs font-semibold text-brand-800">
                              {t("agreements.obligation.milestoneNote", { milestone: t(`agreements.milestone.${o.referralMilestone}`) })}
                            </span>
                          ) : null}
                        </Td>
                        <Td>{o.trigger}</Td>
                        <Td>{deadlineText(t, o.deadlineAmount, o.deadlineUnit)}</Td>
                        <Td>{o.channel ? t(`agreements.channel.${o.channel}`) : "–"}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
