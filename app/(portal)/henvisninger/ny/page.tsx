import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { canRefer } from "@/lib/rules/referrals";
import { listReferralTargets } from "@/lib/domain/referrals/list-referral-targets";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator, titled } from "@/lib/i18n/server";
import { FormField } from "@/components/ui/field";
import { ReferralForm } from "./referral-form";
import { first } from "@/lib/validation/primitives";
import { Banner, Button, H1, Intro, Panel, TextLink } from "@/components/ui";

export const generateMetadata = titled("referrals.new.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * /henvisninger/ny — also reached from an offer page as /henvisninger/ny?tilbud=<offerId>. Step 1
 * chooses the citizen's residence municipality (it decides the available offers; coming from an
 * offer, its owner is preselected); step 2 is the referral itself, with a preview before sending.
 */
export default async function NewReferralPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const tilbud = first(params.tilbud)?.trim() || undefined;
  const kommune = first(params.kommune)?.trim() || undefined;
  const query = new URLSearchParams({ ...(tilbud ? { tilbud } : {}), ...(kommune ? { kommune } : {}) }).toString();
  const actor = await requireActor(`/henvisninger/ny${query ? `?${query}` : ""}`);
  const { t } = await getTranslator();

  const allowed = canRefer(actor);
  if (!allowed.allowed) {
    return (
      <div>
        <H1 className="mb-2">{t("referrals.new.title")}</H1>
        <Banner as="p" role="alert" tone="error">
          {t.key(allowed.reason)}
        </Banner>
      </div>
    );
  }

  const targets = await listReferralTargets(actor, { residenceMunicipalityId: kommune, offerId: tilbud });
  const residence = targets.municipalities.find((m) => m.id === targets.residenceMunicipalityId) ?? null;
  const requested = targets.requestedOffer;
  const requestedAvailable = requested ? targets.offers.some((o) => o.id === requested.id) : false;

  return (
    <div>
      <p className="mb-2">
        <TextLink as={Link} href="/henvisninger">
          {t("referrals.detail.back")}
        </TextLink>
      </p>
      <H1 className="mb-2">{t("referrals.new.title")}</H1>
      <Intro>{t("referrals.new.intro")}</Intro>

      {tilbud && !requested ? (
        <Banner as="p" role="status" tone="warning" className="mb-4">
          {t("referrals.new.fromOfferUnknown")}
        </Banner>
      ) : null}
      {requested && requested.openReason ? (
        <Banner as="p" role="status" tone="warning" className="mb-4">
          {t("referrals.new.fromOfferClosed", { offer: requested.title, reason: t.key(requested.openReason) })}
        </Banner>
      ) : requested && residence && !requestedAvailable ? (
        <Banner as="p" role="status" tone="warning" className="mb-4">
          {t("referrals.new.fromOfferNotForResidence", { offer: requested.title })}
        </Banner>
      ) : requested ? (
        <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-3 text-slate-900">{t("referrals.new.fromOffer", { offer: requested.title, owner: requested.ownerName })}</p>
      ) : null}

      <Panel as="form" method="get" action="/henvisninger/ny" aria-labelledby="referral-step1" className="mb-6">
        <h2 id="referral-step1" className="mb-1 text-xl font-semibold text-slate-900">
          {t("referrals.new.step1")}
        </h2>
        <p className="mb-3 text-slate-800">{t("referrals.new.step1.hint")}</p>
        {tilbud ? <input type="hidden" name="tilbud" value={tilbud} /> : null}
        <div className="flex flex-wrap items-end gap-4">
          <FormField
            as="select"
            name="kommune"
            label={t("referrals.new.residence")}
            required
            className="min-w-64"
            options={targets.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            placeholder={t("validation.choose")}
            defaultValue={residence?.id ?? ""}
            state={IDLE}
          />
          <Button type="submit" variant="secondary" className="mb-4">
            {t("referrals.new.showOffers")}
          </Button>
        </div>
      </Panel>

      {residence ? (
        <Panel as="div" className="mb-6">
          <p className="mb-4 font-medium text-slate-900">{t("referrals.new.residenceChosen", { municipality: residence.name })}</p>
          <ReferralForm
            key={residence.id}
            residence={residence}
            offers={targets.offers.map((o) => ({ id: o.id, title: o.title, ownerName: o.ownerName, viaPartner: o.viaPartner, waitingList: o.capacity === "WAITING_LIST" }))}
            defaultTarget={requestedAvailable ? requested!.id : undefined}
          />
        </Panel>
      ) : null}
    </div>
  );
}
