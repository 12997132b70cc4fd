import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getAidCatalogue } from "@/lib/domain/aids/get-aid-catalogue";
import { getTranslator, titled } from "@/lib/i18n/server";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { notFound } from "next/navigation";
import { H1, Intro, TextLink } from "@/components/ui";
import { EditAidForm } from "../_components/edit-form";
import { ProposeForm } from "../_components/propose-form";

export const generateMetadata = titled("aids.create.title");

/** A new aid: created directly by the council's coordinators, proposed by everyone else who reads the catalogue. */
export default async function NewAidPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/hjaelpemidler/ny");
  const regionId = first((await searchParams).region) || undefined;
  const { t } = await getTranslator();
  const view = await orNotFound(getAidCatalogue(actor, { regionId }));
  if (!view.may.edit && !view.may.propose) notFound();
  return (
    <div className="space-y-6 wrap-anywhere">
      <p>
        <TextLink as={Link} href={`/hjaelpemidler?region=${encodeURIComponent(view.catalogue.regionId)}`}>
          {t("aids.backToCatalogue")}
        </TextLink>
      </p>
      <H1>{view.may.edit ? t("aids.create.title") : t("aids.proposeNew")}</H1>
      <p>{view.catalogue.region.name}</p>
      {view.may.edit ? (
        <EditAidForm catalogueId={view.catalogue.id} values={{}} />
      ) : (
        <>
          <Intro>{t("aids.propose.intro")}</Intro>
          <ProposeForm catalogueId={view.catalogue.id} values={{}} />
        </>
      )}
    </div>
  );
}
