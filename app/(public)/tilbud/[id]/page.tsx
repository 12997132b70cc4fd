import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { canChangeOffer } from "@/lib/rules/offers";
import { referralLine } from "@/lib/offers/referral-line";
import { loadOffer } from "../_components/load-offer";
import { canonicalLookupQuery } from "@/lib/domain/offers/lookup-query";
import { firstValues } from "@/lib/validation/primitives";
import { ageText, labelOf, labelsOf, languagesOf } from "../_components/labels";
import { Banner, ButtonLink, H1, H2, Panel, TextLink } from "@/components/ui";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer } = await loadOffer((await params).id);
  return { title: offer.title };
}

/** Everything a GP needs about one offer (public for published offers), with the handout and — for clinicians — the referral slot. */
export default async function OfferPage({ params, searchParams }: Props) {
  const { actor, offer } = await loadOffer((await params).id);
  // The lookup links here with its query (?q=…&kommune=…): the way back is the same search, its
  // parameters parsed by the lookup's own schema (nothing else can get into the link).
  const lookup = canonicalLookupQuery(new URLSearchParams(firstValues((await searchParams) ?? {})));
  const { t, locale } = await getTranslator();
  const isClinician = !!actor?.memberships.some((m) => m.role === "CLINICIAN");
  const canMaintain = canChangeOffer(actor, { ownerId: offer.owner.id, ownerKind: offer.owner.kind, status: offer.status }).allowed;
  const scope =
    offer.sessions && offer.durationWeeks
      ? t("offers.page.scopeValue", { sessions: formatNumber(offer.sessions, locale), weeks: formatNumber(offer.durationWeeks, locale) })
      : offer.sessions
        ? t("offers.page.sessions", { sessions: formatNumber(offer.sessions, locale) })
        : offer.durationWeeks
          ? t("offers.page.weeks", { weeks: formatNumber(offer.durationWeeks, locale) })
          : null;
  // `danish`: the offer's own text, written in Danish — marked so for an English page (WCAG 3.1.2).
  const row = (label: string, value: React.ReactNode, danish = false) =>
    value === null || value === undefined || value === "" ? null : (
      <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold text-slate-900">{label}</dt>
        <dd className="text-slate-900" lang={danish ? "da" : undefined}>
          {value}
        </dd>
      </div>
    );

  return (
    <article className="space-y-6">
      <div>
        <p className="no-print mb-2 text-sm">
          <TextLink as={Link} href={lookup ? `/tilbud?${lookup}` : "/tilbud"}>
            {t("offers.page.back")}
          </TextLink>
        </p>
        <H1 lang="da">{offer.title}</H1>
        <p className="mt-1 text-slate-700">
          {offer.owner.name} · {labelOf(t, "scope", offer.scope)} · {labelOf(t, "orientation", offer.orientation)}
        </p>
      </div>

      {offer.status === "DRAFT" ? <Banner as="p" tone="info">{t("offers.page.draftNotice", { owner: offer.owner.name })}</Banner> : null}
      {offer.status === "ARCHIVED" ? <Banner as="p" tone="info">{t("offers.page.archivedNotice")}</Banner> : null}
      {offer.expired ? <Banner as="p" tone="warning">{t("offers.page.expiredNotice")}</Banner> : null}
      {offer.stale ? (
        <Banner as="p" tone="warning" role="note">
          <strong>{t("offers.lookup.stale")}.</strong> {t("offers.page.staleWarning", { date: formatDate(offer.lastConfirmedAt) })}
        </Banner>
      ) : (
        <p className="text-sm text-slate-700">{t("offers.page.freshness", { date: formatDate(offer.lastConfirmedAt) })}</p>
      )}

      <Panel aria-labelledby="henvisning">
        <H2 id="henvisning">
          {t("offers.page.refer")}
        </H2>
        <p className="text-lg font-medium text-slate-900">{referralLine({ ...offer, ownerName: offer.owner.name, ownerReferralLocationNumber: offer.owner.referralLocationNumber, ownerPhone: offer.owner.phone }, t, locale)}</p>
        <dl className="mt-2 divide-y divide-slate-200">
          {row(t("offers.field.referralRoute"), labelOf(t, "route", offer.referralRoute))}
          {row(t("offers.page.entryPoint"), offer.entryPointLocationNumber ?? offer.owner.referralLocationNumber)}
          {row(
            t("offers.page.capacity"),
            offer.capacity === "WAITING_LIST" && offer.waitingWeeksMin != null && offer.waitingWeeksMax != null
              ? `${labelOf(t, "capacity", offer.capacity)} (${t("offers.refer.waitingBand", { min: offer.waitingWeeksMin, max: offer.waitingWeeksMax })})`
              : labelOf(t, "capacity", offer.capacity),
          )}
        </dl>
        <div className="no-print mt-4 flex flex-wrap gap-3">
          <ButtonLink href={`/tilbud/${offer.id}/udlevering`}>
            {t("offers.page.handout")}
          </ButtonLink>
          {/* ── Slot for issue 5 (referrals): clinicians refer from here. ── */}
          {/* One story: where a referral is the way in, "Henvis borger" is the main action; where the
              citizen comes directly (the line above says how), a referral is only the optional second way. */}
          {isClinician && offer.status === "PUBLISHED" ? (
            <ButtonLink
              href={`/henvisninger/ny?tilbud=${encodeURIComponent(offer.id)}`}
              variant={offer.referralRoute === "DIRECT_ACCESS" ? "secondary" : "primary"}
              data-slot="henvis-borger"
            >
              {offer.referralRoute === "DIRECT_ACCESS" ? t("offers.page.referCitizenAnyway") : t("offers.page.referCitizen")}
            </ButtonLink>
          ) : null}
          {canMaintain ? (
            <ButtonLink href={`/mine-tilbud/${offer.id}`}>
              {t("offers.page.maintain")}
            </ButtonLink>
          ) : null}
        </div>
      </Panel>

      <section aria-labelledby="indhold-tilbud">
        <H2 id="indhold-tilbud">
          {t("offers.page.content")}
        </H2>
        <div lang="da">
          <p className="max-w-3xl text-lg text-slate-900">{offer.summary}</p>
          {offer.description ? <p className="mt-3 max-w-3xl whitespace-pre-line text-slate-900">{offer.description}</p> : null}
        </div>
        <dl className="mt-4 divide-y divide-slate-200">
          {row(t("offers.field.riskFactors"), labelsOf(t, "riskFactor", offer.riskFactors))}
          {row(t("offers.field.diagnoses"), labelsOf(t, "diagnosis", offer.diagnoses))}
          {row(t("offers.page.targetGroup"), offer.targetGroup, true)}
          {row(t("offers.page.age"), ageText(t, offer.targetAgeMin, offer.targetAgeMax, locale))}
          {row(t("offers.page.evidence"), offer.evidenceBase, true)}
        </dl>
      </section>

      <section aria-labelledby="praktisk">
        <H2 id="praktisk">
          {t("offers.page.practical")}
        </H2>
        <dl className="divide-y divide-slate-200">
          {row(t("offers.field.formats"), labelsOf(t, "format", offer.formats))}
          {row(t("offers.page.scope"), scope)}
          {row(t("offers.field.schedule"), offer.schedule, true)}
          {row(t("offers.field.languages"), languagesOf(offer.languages, locale))}
          {row(t("offers.field.afterHours"), offer.afterHours ? t("offers.page.yes") : t("offers.page.no"))}
          {row(t("offers.field.relativesWelcome"), offer.relativesWelcome ? t("offers.page.yes") : t("offers.page.no"))}
          {row(t("offers.field.specialNeedsSupport"), offer.specialNeedsSupport, true)}
          {row(
            t("offers.page.validity"),
            offer.validFrom || offer.validTo ? t("offers.page.validFromTo", { from: formatDate(offer.validFrom), to: formatDate(offer.validTo) }) : null,
          )}
          {row(
            t("offers.page.places"),
            offer.locations.length ? (
              <ul className="space-y-1">
                {offer.locations.map((l) => (
                  <li key={l.id}>
                    {l.name}, {l.address}, {l.postalCode} {l.city}
                    {l.accessibility ? <span className="text-slate-700"> ({l.accessibility})</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              t("offers.page.online")
            ),
            offer.locations.length > 0,
          )}
        </dl>
      </section>

      <section aria-labelledby="kontakt">
        <H2 id="kontakt">
          {t("offers.page.contact")}
        </H2>
        <dl className="divide-y divide-slate-200">
          {row(t("offers.page.owner"), offer.owner.name)}
          {row(t("offers.field.contactName"), offer.contactName)}
          {row(t("offers.field.contactPhone"), offer.contactPhone ? <TextLink href={`tel:${offer.contactPhone.replace(/\s/g, "")}`}>{offer.contactPhone}</TextLink> : null)}
          {row(t("offers.field.contactEmail"), offer.contactEmail ? <TextLink href={`mailto:${offer.contactEmail}`}>{offer.contactEmail}</TextLink> : null)}
        </dl>
      </section>

      {offer.partnerArrangements.length ? (
        <section aria-labelledby="samarbejde">
          <H2 id="samarbejde">
            {t("offers.page.partners")}
          </H2>
          <ul className="list-disc pl-6">
            {offer.partnerArrangements.map((p) => (
              <li key={p.id}>{p.citizenMunicipality.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

