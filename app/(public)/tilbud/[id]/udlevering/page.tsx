import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { loadOffer } from "../../_components/load-offer";
import { ageText, languagesOf } from "../../_components/labels";
import { PrintButton } from "./print-button";
import { H1, TextLink } from "@/components/ui";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer } = await loadOffer((await params).id);
  const { t } = await getTranslator();
  return { title: t("offers.handout.title", { title: offer.title }) };
}

/**
 * The printable handout for the citizen: plain language, large type, one page. The print stylesheet
 * hides the portal's header, menu and footer and everything marked no-print.
 */
export default async function HandoutPage({ params }: Props) {
  const { offer } = await loadOffer((await params).id);
  const { t, locale } = await getTranslator();
  const phone = offer.contactPhone ?? offer.owner.phone;
  const sessions = [
    offer.sessions ? t("offers.page.sessions", { sessions: formatNumber(offer.sessions, locale) }) : null,
    offer.durationWeeks ? t("offers.page.weeks", { weeks: formatNumber(offer.durationWeeks, locale) }) : null,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <div className="handout mx-auto max-w-3xl space-y-5 text-lg leading-relaxed">
      <style>{`@media print {
  body > div > a, body header, body footer, body nav { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  .handout { font-size: 12pt; max-width: none; }
  .handout h1 { font-size: 20pt; }
  .handout h2 { font-size: 14pt; break-after: avoid; }
  .handout section { break-inside: avoid; }
  a { color: black !important; text-decoration: none !important; }
}`}</style>
      <div className="no-print flex flex-wrap items-center gap-4 rounded-md border border-slate-200 bg-white p-3 text-base">
        <PrintButton label={t("offers.handout.print")} />
        <span className="text-slate-700">{t("offers.handout.printHint")}</span>
        <TextLink as={Link} href={`/tilbud/${offer.id}`}>
          {t("offers.page.back")}
        </TextLink>
      </div>

      <H1>{t("offers.handout.title", { title: offer.title })}</H1>
      <p>{t("offers.handout.intro")}</p>

      <section aria-labelledby="hvad">
        <h2 id="hvad" className="text-xl font-semibold">
          {t("offers.handout.what")}
        </h2>
        <p>{offer.summary}</p>
        {offer.description ? <p className="mt-2 whitespace-pre-line">{offer.description}</p> : null}
        <p className="mt-2">{t("offers.handout.free")}</p>
      </section>

      <section aria-labelledby="hvem">
        <h2 id="hvem" className="text-xl font-semibold">
          {t("offers.handout.forWhom")}
        </h2>
        <p>
          {offer.targetGroup ? `${offer.targetGroup}. ` : ""}
          {ageText(t, offer.targetAgeMin, offer.targetAgeMax, locale)}.
        </p>
        {offer.relativesWelcome ? <p>{t("offers.handout.relatives")}</p> : null}
      </section>

      <section aria-labelledby="hvornaar">
        <h2 id="hvornaar" className="text-xl font-semibold">
          {t("offers.handout.whenWhere")}
        </h2>
        {offer.schedule ? <p>{offer.schedule}</p> : null}
        {sessions ? <p>{sessions}</p> : null}
        {offer.locations.length ? (
          <ul className="list-disc pl-6">
            {offer.locations.map((l) => (
              <li key={l.id}>
                {l.name}, {l.address}, {l.postalCode} {l.city}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("offers.page.online")}</p>
        )}
        <p>
          {t("offers.field.languages")}: {languagesOf(offer.languages, locale)}
        </p>
      </section>

      <section aria-labelledby="start">
        <h2 id="start" className="text-xl font-semibold">
          {t("offers.handout.howToStart")}
        </h2>
        <p>{t(`offers.handout.start.${offer.referralRoute}`, { owner: offer.owner.name })}</p>
      </section>

      <section aria-labelledby="kontakt-borger">
        <h2 id="kontakt-borger" className="text-xl font-semibold">
          {t("offers.handout.contact")}
        </h2>
        <p>
          {offer.owner.name}
          {offer.contactName ? `, ${offer.contactName}` : ""}
        </p>
        {phone ? (
          <p>
            {t("offers.field.contactPhone")}: {phone}
          </p>
        ) : null}
        {offer.contactEmail ? (
          <p>
            {t("offers.field.contactEmail")}: {offer.contactEmail}
          </p>
        ) : null}
      </section>

      <p className="border-t border-slate-300 pt-3 text-sm text-slate-700">{t("offers.handout.source", { date: formatDate(new Date()) })}</p>
    </div>
  );
}
