import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listAidProposals } from "@/lib/domain/aids/list-aid-proposals";
import { getTranslator, titled } from "@/lib/i18n/server";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { H1, Intro, TextLink } from "@/components/ui";
import { ProposalCard } from "../_components/proposal-card";
import { DoneBanner } from "../_components/done-banner";

export const generateMetadata = titled("aids.proposals.title");

/** The proposals of a region's catalogue: the council's worklist (pending first), then the decided ones. */
export default async function AidProposalsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/hjaelpemidler/forslag");
  const query = await searchParams;
  const regionId = first(query.region) || undefined;
  const { t } = await getTranslator();
  const list = await orNotFound(listAidProposals(actor, { regionId }));
  return (
    <div className="space-y-6 wrap-anywhere">
      <p>
        <TextLink as={Link} href={`/hjaelpemidler?region=${encodeURIComponent(list.catalogue.regionId)}`}>
          {t("aids.backToCatalogue")}
        </TextLink>
      </p>
      <H1>{t("aids.proposals.title")}</H1>
      <DoneBanner value={query.udfoert} t={t} />
      <Intro>
        {list.catalogue.region.name}. {t("aids.proposals.intro")}
      </Intro>
      {list.proposals.length === 0 ? <p>{t("aids.proposals.none")}</p> : null}
      {list.proposals.map((p) => (
        <ProposalCard
          key={p.id}
          proposal={p}
          heading={p.itemName ? `${p.proposed.number} ${p.itemName}` : t("aids.proposals.newItem", { name: p.proposed.name })}
          meetings={list.meetings}
          mayDecide={list.mayDecide}
          back="list"
          t={t}
        />
      ))}
    </div>
  );
}
