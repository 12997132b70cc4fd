import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { ForbiddenError } from "@/lib/domain/errors";
import { listOwnOffers, type WorklistDto } from "@/lib/domain/offers/list-own-offers";
import { badgeNeutral, badgeWarning, buttonPrimary, buttonSmall, caption, h1, h2, link, noticeInfo, noticeSuccess, panel, table, td, th } from "@/app/(public)/tilbud/_components/styles";
import { firstValues } from "@/lib/validation/primitives";
import { confirmOfferAction } from "./actions";
import { Flash } from "./_components/flash";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("offers.mine.title") };
}

/**
 * The coordinator's offers: the worklist of offers overdue for confirmation (one click each), all
 * offers, and the offers other municipalities share with them.
 */
export default async function MyOffersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/mine-tilbud");
  const params = firstValues(await searchParams);
  const { t } = await getTranslator();
  let worklist: WorklistDto;
  try {
    worklist = await listOwnOffers(actor);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <div className="space-y-4">
        <h1 className={h1}>{t("offers.mine.title")}</h1>
        <p className={noticeInfo}>{t.key(error.messageKey)}</p>
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className={h1}>{t("offers.mine.title")}</h1>
          <p className="mt-2 max-w-3xl text-slate-800">{t("offers.mine.intro")}</p>
        </div>
        <Link href="/mine-tilbud/ny" className={buttonPrimary}>
          {t("offers.mine.new")}
        </Link>
      </div>
      <Flash done={params.udfoert} error={params.fejl} t={t} />

      {worklist.organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.id}`} className="space-y-6">
          {worklist.organisations.length > 1 ? (
            <h2 id={`org-${organisation.id}`} className={h2}>
              {organisation.name}
            </h2>
          ) : (
            <h2 id={`org-${organisation.id}`} className="sr-only">
              {organisation.name}
            </h2>
          )}

          <section aria-labelledby={`worklist-${organisation.id}`} className={panel}>
            <h3 id={`worklist-${organisation.id}`} className="mb-2 text-xl font-semibold text-slate-900">
              {t("offers.mine.worklist")}
            </h3>
            {organisation.overdue.length === 0 ? (
              <p className={noticeSuccess}>{t("offers.mine.worklist.none")}</p>
            ) : (
              <ul className="divide-y divide-slate-200">
                {organisation.overdue.map((offer) => (
                  <li key={offer.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <span>
                      <Link href={`/mine-tilbud/${offer.id}`} className={link}>
                        {offer.title}
                      </Link>{" "}
                      <span className={badgeWarning}>{t("offers.mine.worklist.due", { date: formatDate(offer.reviewDueAt) })}</span>
                    </span>
                    <form action={confirmOfferAction}>
                      <input type="hidden" name="offerId" value={offer.id} />
                      <input type="hidden" name="version" value={offer.version} />
                      <input type="hidden" name="tilbage" value="/mine-tilbud" />
                      <button type="submit" className={buttonSmall}>
                        {t("offers.mine.confirm")}
                        <span className="sr-only">: {offer.title}</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <div className="overflow-x-auto">
            <table className={table}>
              <caption className={caption}>{t("offers.mine.all")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("offers.mine.col.title")}
                  </th>
                  <th scope="col" className={th}>
                    {t("offers.mine.col.status")}
                  </th>
                  <th scope="col" className={th}>
                    {t("offers.mine.col.confirmed")}
                  </th>
                  <th scope="col" className={th}>
                    {t("offers.mine.col.partners")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {organisation.offers.length === 0 ? (
                  <tr>
                    <td colSpan={4} className={td}>
                      {t("offers.mine.none")}
                    </td>
                  </tr>
                ) : (
                  organisation.offers.map((offer) => (
                    <tr key={offer.id}>
                      <td className={td}>
                        <Link href={`/mine-tilbud/${offer.id}`} className={link}>
                          {offer.title}
                        </Link>
                      </td>
                      <td className={td}>
                        <span className={badgeNeutral}>{t(`offers.status.${offer.status}`)}</span>
                      </td>
                      <td className={td}>
                        {formatDate(offer.lastConfirmedAt)}
                        {offer.stale ? (
                          <>
                            {" "}
                            <span className={badgeWarning}>{t("offers.mine.overdue")}</span>
                          </>
                        ) : null}
                      </td>
                      <td className={td}>{offer.partnerNames.join(", ")}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>

          <section aria-labelledby={`shared-${organisation.id}`}>
            <h3 id={`shared-${organisation.id}`} className="mb-2 text-xl font-semibold text-slate-900">
              {t("offers.mine.shared")}
            </h3>
            {organisation.sharedWithUs.length === 0 ? (
              <p className="text-slate-800">{t("offers.mine.shared.none")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6">
                {organisation.sharedWithUs.map((s) => (
                  <li key={s.arrangementId}>
                    <Link href={`/tilbud/${s.offerId}`} className={link}>
                      {s.title}
                    </Link>{" "}
                    <span className="text-slate-700">
                      ({t("offers.mine.shared.owner")}: {s.ownerName})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </section>
      ))}
    </div>
  );
}
