import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { listGeography } from "@/lib/domain/offers/list-municipalities";
import { referralLine } from "@/lib/offers/referral-line";
import { offerTransition } from "@/lib/rules/offers";
import { labelsOf } from "@/app/(public)/tilbud/_components/labels";
import { firstValues } from "@/lib/validation/primitives";
import { archiveOfferAction, confirmOfferAction, removePartnerArrangementAction, reopenOfferAction } from "../actions";
import { loadOwnOffer } from "../_components/load";
import { Flash } from "../_components/flash";
import { PublishForm } from "../_components/publish-form";
import { PartnerForm } from "../_components/partner-form";
import { Badge, BadgeWarning, Button, ButtonLink, H1, H2, Panel, TextLink } from "@/components/ui";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { offer } = await loadOwnOffer(id, `/mine-tilbud/${id}`);
  const { t } = await getTranslator();
  return { title: t("offers.mine.maintainTitle", { title: offer.title }) };
}

/** One offer to maintain: status and its actions (publish, confirm, archive, reopen), freshness, partners. */
export default async function MaintainOfferPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { offer } = await loadOwnOffer(id, `/mine-tilbud/${id}`);
  const query = firstValues(await searchParams);
  const [{ t, locale }, geography] = await Promise.all([getTranslator(), listGeography()]);
  const can = (action: Parameters<typeof offerTransition>[1]) => offerTransition(offer.status, action).allowed;
  const partnerIds = new Set(offer.partnerArrangements.map((p) => p.citizenMunicipality.id));
  const candidates = geography.municipalities.filter((m) => m.id !== offer.owner.id && !partnerIds.has(m.id));
  const back = `/mine-tilbud/${offer.id}`;
  const hidden = (
    <>
      <input type="hidden" name="offerId" value={offer.id} />
      <input type="hidden" name="version" value={offer.version} />
      <input type="hidden" name="tilbage" value={back} />
    </>
  );

  return (
    <div className="space-y-6">
      <p>
        <TextLink as={Link} href="/mine-tilbud">
          {t("offers.mine.title")}
        </TextLink>
      </p>
      <div>
        <H1>{offer.title}</H1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-800">
          <Badge>{t(`offers.status.${offer.status}`)}</Badge>
          <span>{offer.owner.name}</span>
          {offer.stale && offer.status === "PUBLISHED" ? <BadgeWarning>{t("offers.mine.overdue")}</BadgeWarning> : null}
        </p>
      </div>
      <Flash done={query.udfoert} error={query.fejl} t={t} />

      <div className="flex flex-wrap gap-3">
        {can("edit") ? (
          <ButtonLink href={`/mine-tilbud/${offer.id}/rediger`}>
            {t("offers.mine.edit")}
          </ButtonLink>
        ) : null}
        <ButtonLink href={`/tilbud/${offer.id}`}>
          {t("offers.mine.publicPage")}
        </ButtonLink>
      </div>

      <Panel aria-labelledby="oversigt">
        <H2 id="oversigt">
          {t("offers.page.content")}
        </H2>
        <p>{offer.summary}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("offers.field.riskFactors")}</dt>
          <dd>{labelsOf(t, "riskFactor", offer.riskFactors) || "—"}</dd>
          <dt className="font-semibold">{t("offers.field.diagnoses")}</dt>
          <dd>{labelsOf(t, "diagnosis", offer.diagnoses) || "—"}</dd>
          <dt className="font-semibold">{t("offers.page.refer")}</dt>
          <dd>{referralLine({ ...offer, ownerName: offer.owner.name, ownerReferralLocationNumber: offer.owner.referralLocationNumber, ownerPhone: offer.owner.phone }, t, locale)}</dd>
        </dl>
      </Panel>

      {can("publish") ? (
        <Panel aria-labelledby="offentliggoer">
          <H2 id="offentliggoer">
            {t("offers.mine.publishTitle")}
          </H2>
          <p className="mb-3 text-slate-800">{t("offers.mine.publishIntro")}</p>
          <PublishForm offerId={offer.id} version={offer.version} />
        </Panel>
      ) : null}

      {offer.status === "PUBLISHED" ? (
        <Panel aria-labelledby="aktualitet">
          <H2 id="aktualitet">
            {t("offers.mine.freshnessTitle")}
          </H2>
          <p className={offer.stale ? "rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950" : "text-slate-800"}>
            {t("offers.mine.freshness", { date: formatDate(offer.lastConfirmedAt), due: formatDate(offer.reviewDueAt) })}
          </p>
          <form action={confirmOfferAction} className="mt-3">
            {hidden}
            <Button type="submit" variant="secondary">
              {t("offers.mine.confirm")}
            </Button>
          </form>
        </Panel>
      ) : null}

      {offer.status !== "ARCHIVED" ? (
        <Panel aria-labelledby="samarbejdsaftaler">
          <H2 id="samarbejdsaftaler">
            {t("offers.mine.partnersTitle")}
          </H2>
          <p className="text-slate-800">{t("offers.mine.partnersIntro")}</p>
          {offer.partnerArrangements.length === 0 ? (
            <p className="mt-2 text-slate-800">{t("offers.mine.partnersNone")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {offer.partnerArrangements.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <span>
                    {p.citizenMunicipality.name}
                    {p.validFrom || p.validTo ? <span className="text-slate-700"> ({formatDate(p.validFrom)}–{formatDate(p.validTo)})</span> : null}
                    {p.note ? <span className="text-slate-700"> — {p.note}</span> : null}
                  </span>
                  <form action={removePartnerArrangementAction}>
                    <input type="hidden" name="arrangementId" value={p.id} />
                    <input type="hidden" name="tilbage" value={back} />
                    <Button type="submit" variant="small">
                      {t("offers.mine.removePartner", { name: p.citizenMunicipality.name })}
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <PartnerForm offerId={offer.id} municipalities={candidates.map((m) => ({ id: m.id, name: m.name }))} />
        </Panel>
      ) : null}

      <Panel aria-labelledby="arkiv">
        <H2 id="arkiv">
          {t("offers.mine.archiveTitle")}
        </H2>
        {can("archive") ? (
          <form action={archiveOfferAction}>
            {hidden}
            <Button type="submit" variant="secondary">
              {t("offers.mine.archive")}
            </Button>
          </form>
        ) : null}
        {can("reopen") ? (
          <form action={reopenOfferAction}>
            {hidden}
            <Button type="submit" variant="secondary">
              {t("offers.mine.reopen")}
            </Button>
          </form>
        ) : null}
      </Panel>
    </div>
  );
}
