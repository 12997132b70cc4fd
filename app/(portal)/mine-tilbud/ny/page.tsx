import { requireActor } from "@/lib/auth/actor";
import { getTranslator, titled } from "@/lib/i18n/server";
import { listOfferOwners } from "@/lib/domain/offers/list-offer-owners";
import { createOfferAction } from "../actions";
import { OfferForm } from "../_components/offer-form";
import { newOfferDefaults } from "../_components/defaults";
import { Banner, H1 } from "@/components/ui";

export const generateMetadata = titled("offers.mine.newTitle");

/** Create an offer (a draft) for one of the organisations the coordinator maintains offers for. */
export default async function NewOfferPage() {
  const actor = await requireActor("/mine-tilbud/ny");
  const { t } = await getTranslator();
  const owners = await listOfferOwners(actor);
  if (owners.length === 0) {
    return (
      <div className="space-y-4">
        <H1>{t("offers.mine.newTitle")}</H1>
        <Banner as="p" tone="info">{t("offers.reason.notCoordinator")}</Banner>
      </div>
    );
  }
  const active = owners.find((o) => o.id === actor.activeOrganisationId) ?? owners[0];

  return (
    <div className="space-y-6">
      <H1>{t("offers.mine.newTitle")}</H1>
      <OfferForm action={createOfferAction} defaults={newOfferDefaults(active)} owners={owners} submitLabel={t("offers.mine.create")} cancelHref="/mine-tilbud" />
    </div>
  );
}
