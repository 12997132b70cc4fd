import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { listGeography } from "@/lib/domain/offers/list-municipalities";
import { referralLine } from "@/lib/offers/referral-line";
import { offerTransition } from "@/lib/rules/offers";
import { badgeNeutral, badgeWarning, buttonSecondary, buttonSmall, h1, h2, link, noticeWarning, panel } from "@/app/(public)/tilbud/_components/styles";
import { labelsOf } from "@/app/(public)/tilbud/_components/labels";
import { firstValues } from "@/lib/validation/primitives";
import { archiveOfferAction, confirmOfferAction, removePartnerArrangementAction, reopenOfferAction } from "../actions";
import { loadOwnOffer } from "../_components/load";
import { Flash } from "../_components/flash";
import { PublishForm } from "../_components/publish-form";
import { PartnerForm } from "../_components/partner-form";

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
        <Link href="/mine-tilbud" className={link}>
          {t("offers.mine.title")}
        </Link>
      </p>
      <div>
        <h1 className={h1}>{offer.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-800">
          <span className={badgeNeutral}>{t(`offers.status.${offer.status}`)}</span>
          <span>{offer.owner.name}</span>
          {offer.stale && offer.status === "PUBLISHED" ? <span className={badgeWarning}>{t("offers.mine.overdue")}</span> : null}
        </p>
      </div>
      <Flash done={query.udfoert} error={query.fejl} t={t} />

      <div className="flex flex-wrap gap-3">
        {can("edit") ? (
          <Link href={`/mine-tilbud/${offer.id}/rediger`} className={buttonSecondary}>
            {t("offers.mine.edit")}
          </Link>
        ) : null}
        <Link href={`/tilbud/${offer.id}`} className={buttonSecondary}>
          {t("offers.mine.publicPage")}
        </Link>
      </div>

      <section aria-labelledby="oversigt" className={panel}>
        <h2 id="oversigt" className={h2}>
          {t("offers.page.content")}
        </h2>
        <p>{offer.summary}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("offers.field.riskFactors")}</dt>
          <dd>{labelsOf(t, "riskFactor", offer.riskFactors) || "—"}</dd>
          <dt className="font-semibold">{t("offers.field.diagnoses")}</dt>
          <dd>{labelsOf(t, "diagnosis", offer.diagnoses) || "—"}</dd>
          <dt className="font-semibold">{t("offers.page.refer")}</dt>
          <dd>{referralLine({ ...offer, ownerName: offer.owner.name, ownerReferralLocationNumber: offer.owner.referralLocationNumber, ownerPhone: offer.owner.phone }, t, locale)}</dd>
        </dl>
      </section>

      {can("publish") ? (
        <section aria-labelledby="offentliggoer" className={panel}>
          <h2 id="offentliggoer" className={h2}>
            {t("offers.mine.publishTitle")}
          </h2>
          <p className="mb-3 text-slate-800">{t("offers.mine.publishIntro")}</p>
          <PublishForm offerId={offer.id} version={offer.version} />
        </section>
      ) : null}

      {offer.status === "PUBLISHED" ? (
        <section aria-labelledby="aktualitet" className={panel}>
          <h2 id="aktualitet" className={h2}>
            {t("offers.mine.freshnessTitle")}
          </h2>
          <p className={offer.stale ? noticeWarning : "text-slate-800"}>
            {t("offers.mine.freshness", { date: formatDate(offer.lastConfirmedAt), due: formatDate(offer.reviewDueAt) })}
          </p>
          <form action={confirmOfferAction} className="mt-3">
            {hidden}
            <button type="submit" className={buttonSecondary}>
              {t("offers.mine.confirm")}
            </button>
          </form>
        </section>
      ) : null}

      {offer.status !== "ARCHIVED" ? (
        <section aria-labelledby="samarbejdsaftaler" className={panel}>
          <h2 id="samarbejdsaftaler" className={h2}>
            {t("offers.mine.partnersTitle")}
          </h2>
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
                    <button type="submit" className={buttonSmall}>
                      {t("offers.mine.removePartner", { name: p.citizenMunicipality.name })}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <PartnerForm offerId={offer.id} municipalities={candidates.map((m) => ({ id: m.id, name: m.name }))} />
        </section>
      ) : null}

      <section aria-labelledby="arkiv" className={panel}>
        <h2 id="arkiv" className={h2}>
          {t("offers.mine.archiveTitle")}
        </h2>
        {can("archive") ? (
          <form action={archiveOfferAction}>
            {hidden}
            <button type="submit" className={buttonSecondary}>
              {t("offers.mine.archive")}
            </button>
          </form>
        ) : null}
        {can("reopen") ? (
          <form action={reopenOfferAction}>
            {hidden}
            <button type="submit" className={buttonSecondary}>
              {t("offers.mine.reopen")}
            </button>
          </form>
        ) : null}
      </section>
    </div>
  );
}
