import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { updateOfferAction } from "../../actions";
import { OfferForm } from "../../_components/offer-form";
import { offerDefaults } from "../../_components/defaults";
import { loadOwnOffer } from "../../_components/load";
import { Banner, H1 } from "@/components/ui";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { offer } = await loadOwnOffer(id, `/mine-tilbud/${id}/rediger`);
  const { t } = await getTranslator();
  return { title: t("offers.mine.editTitle", { title: offer.title }) };
}

/** Edit every field of a draft or published offer (the owner's coordinators only). */
export default async function EditOfferPage({ params }: Props) {
  const { id } = await params;
  const { offer } = await loadOwnOffer(id, `/mine-tilbud/${id}/rediger`);
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <H1>{t("offers.mine.editTitle", { title: offer.title })}</H1>
      {offer.status === "ARCHIVED" ? (
        <Banner as="p" tone="info">{t("offers.reason.archived")}</Banner>
      ) : (
        <OfferForm action={updateOfferAction} defaults={offerDefaults(offer)} submitLabel={t("offers.mine.save")} cancelHref={`/mine-tilbud/${offer.id}`} />
      )}
    </div>
  );
}
