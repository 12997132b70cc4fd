import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { ForbiddenError } from "@/lib/domain/errors";
import { listOwnOffers, type WorklistDto } from "@/lib/domain/offers/list-own-offers";
import { firstValues } from "@/lib/validation/primitives";
import { confirmOfferAction } from "./actions";
import { Flash } from "./_components/flash";
import { Badge, BadgeWarning, Banner, Button, ButtonLink, Caption, H1, H2, Panel, Table, Td, TextLink, Th } from "@/components/ui";

export const generateMetadata = titled("offers.mine.title");

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
        <H1>{t("offers.mine.title")}</H1>
        <Banner as="p" tone="info">{t.key(error.messageKey)}</Banner>
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <H1>{t("offers.mine.title")}</H1>
          <p className="mt-2 max-w-3xl text-slate-800">{t("offers.mine.intro")}</p>
        </div>
        <ButtonLink href="/mine-tilbud/ny" variant="primary">
          {t("offers.mine.new")}
        </ButtonLink>
      </div>
      <Flash done={params.udfoert} error={params.fejl} t={t} />

      {worklist.organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.id}`} className="space-y-6">
          {worklist.organisations.length > 1 ? (
            <H2 id={`org-${organisation.id}`}>
              {organisation.name}
            </H2>
          ) : (
            <h2 id={`org-${organisation.id}`} className="sr-only">
              {organisation.name}
            </h2>
          )}

          <Panel aria-labelledby={`worklist-${organisation.id}`}>
            <h3 id={`worklist-${organisation.id}`} className="mb-2 text-xl font-semibold text-slate-900">
              {t("offers.mine.worklist")}
            </h3>
            {organisation.overdue.length === 0 ? (
              <Banner as="p" tone="success">{t("offers.mine.worklist.none")}</Banner>
            ) : (
              <ul className="divide-y divide-slate-200">
                {organisation.overdue.map((offer) => (
                  <li key={offer.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <span>
                      <TextLink as={Link} href={`/mine-tilbud/${offer.id}`}>
                        {offer.title}
                      </TextLink>{" "}
                      <BadgeWarning>{t("offers.mine.worklist.due", { date: formatDate(offer.reviewDueAt) })}</BadgeWarning>
                    </span>
                    <form action={confirmOfferAction}>
                      <input type="hidden" name="offerId" value={offer.id} />
                      <input type="hidden" name="version" value={offer.version} />
                      <input type="hidden" name="tilbage" value="/mine-tilbud" />
                      <Button type="submit" variant="small">
                        {t("offers.mine.confirm")}
                        <span className="sr-only">: {offer.title}</span>
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <div className="overflow-x-auto">
            <Table>
              <Caption>{t("offers.mine.all")}</Caption>
              <thead>
                <tr>
                  <Th scope="col">
                    {t("offers.mine.col.title")}
                  </Th>
                  <Th scope="col">
                    {t("offers.mine.col.status")}
                  </Th>
                  <Th scope="col">
                    {t("offers.mine.col.confirmed")}
                  </Th>
                  <Th scope="col">
                    {t("offers.mine.col.partners")}
                  </Th>
                </tr>
              </thead>
              <tbody>
                {organisation.offers.length === 0 ? (
                  <tr>
                    <Td colSpan={4}>
                      {t("offers.mine.none")}
                    </Td>
                  </tr>
                ) : (
                  organisation.offers.map((offer) => (
                    <tr key={offer.id}>
                      <Td>
                        <TextLink as={Link} href={`/mine-tilbud/${offer.id}`}>
                          {offer.title}
                        </TextLink>
                      </Td>
                      <Td>
                        <Badge>{t(`offers.status.${offer.status}`)}</Badge>
                      </Td>
                      <Td>
                        {formatDate(offer.lastConfirmedAt)}
                        {offer.stale ? (
                          <>
                            {" "}
                            <BadgeWarning>{t("offers.mine.overdue")}</BadgeWarning>
                          </>
                        ) : null}
                      </Td>
                      <Td>{offer.partnerNames.join(", ")}</Td>
                    </tr>
                  ))
                )}
              </tbody>
            </Table>
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
                    <TextLink as={Link} href={`/tilbud/${s.offerId}`}>
                      {s.title}
                    </TextLink>{" "}
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
