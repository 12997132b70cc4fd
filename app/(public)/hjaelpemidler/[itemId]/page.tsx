import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { getAidItem } from "@/lib/domain/aids/get-aid-item";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { isId } from "@/lib/validation/primitives";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { BadgeWarning, Button, ButtonLink, Dd, Dl, Dt, H1, H2, Muted, Table, Td, TextLink, Th } from "@/components/ui";
import { notFound } from "next/navigation";
import { ResponsibilityTable } from "../_components/responsibility";
import { DoneBanner } from "../_components/done-banner";
import { AidChanges } from "../_components/changes";
import { ProposalCard } from "../_components/proposal-card";
import { ProposeForm } from "../_components/propose-form";
import { answerLine } from "../_components/answer";
import { aidAnswers } from "@/lib/aids/answer";
import { aidContentOf } from "@/lib/aids/fields";

type Params = Promise<{ itemId: string }>;

const load = cache(async (itemId: string, from?: string, to?: string) => {
  if (!isId(itemId)) notFound();
  return orNotFound(getAidItem(await getActor(), { itemId, from, to }));
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { itemId } = await params;
  return { title: (await load(itemId)).item.name };
}

/** One aid: who is responsible for what, its history with a diff of any two versions, its proposals. */
export default async function AidItemPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { itemId } = await params;
  const query = await searchParams;
  const { t } = await getTranslator();
  const view = await load(itemId, first(query.fra) || undefined, first(query.til) || undefined);
  const { item } = view;
  const revisionLabel = (r: (typeof view.revisions)[number]) =>
    t("aids.history.revisionLabel", { revision: r.revision, when: formatDateTime(r.createdAt), who: r.authorName ?? t("aids.history.unknownAuthor") });
  const options = view.revisions.map((r) => ({ value: r.id, label: revisionLabel(r) }));
  const itemPath = `/hjaelpemidler/${encodeURIComponent(item.id)}`;

  return (
    <div className="space-y-8 wrap-anywhere">
      <p>
        <TextLink as={Link} href={`/hjaelpemidler?region=${encodeURIComponent(view.catalogue.regionId)}`}>
          {t("aids.backToCatalogue")}
        </TextLink>
      </p>
      <DoneBanner value={query.udfoert} t={t} />
      <div>
        <H1>
          {item.number} {item.name}
        </H1>
        <p className="mt-1 text-slate-800">
          {t.key(`aids.category.${item.category}`)} · {view.catalogue.region.name} {item.isDemo ? <BadgeWarning>{t("aids.demo")}</BadgeWarning> : null}
        </p>
        <ul className="mt-3 space-y-1">
          {aidAnswers(item, null).map((a) => (
            <li key={a.use} className="font-semibold">
              {answerLine(t, a)}
            </li>
          ))}
        </ul>
      </div>

      <ResponsibilityTable item={item} t={t} />

      <Dl>
        {item.description ? (
          <>
            <Dt>{t("aids.description")}</Dt>
            <Dd>{item.description}</Dd>
          </>
        ) : null}
        {item.synonyms ? (
          <>
            <Dt>{t("aids.synonyms")}</Dt>
            <Dd>{item.synonyms}</Dd>
          </>
        ) : null}
        {item.notes ? (
          <>
            <Dt>{t("aids.notes")}</Dt>
            <Dd>{item.notes}</Dd>
          </>
        ) : null}
      </Dl>

      {view.may.edit ? <ButtonLink href={`${itemPath}/rediger`}>{t("aids.edit")}</ButtonLink> : null}

      <section aria-labelledby="history">
        <H2 id="history">{t("aids.history.title")}</H2>
        {view.revisions.length === 0 ? (
          <p>{t("aids.history.none")}</p>
        ) : (
          <>
            <Table>
              <caption className="sr-only">{t("aids.history.caption")}</caption>
              <thead>
                <tr>
                  <Th scope="col">{t("aids.history.revision")}</Th>
                  <Th scope="col">{t("aids.history.savedAt")}</Th>
                  <Th scope="col">{t("aids.history.savedBy")}</Th>
                </tr>
              </thead>
              <tbody>
                {view.revisions.map((r) => (
                  <tr key={r.id}>
                    <Td className="tabular-nums">
                      {r.revision} {r.proposalId ? <Muted as="span">({t("aids.history.viaProposal")})</Muted> : null}
                    </Td>
                    <Td>{formatDateTime(r.createdAt)}</Td>
                    <Td>{r.authorName ?? t("aids.history.unknownAuthor")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {view.revisions.length > 1 ? (
              <div className="mt-4">
                <h3 className="mb-2 text-lg font-semibold">{t("aids.history.compare")}</h3>
                <form method="get" className="flex flex-wrap items-end gap-4">
                  <FormField as="select" name="fra" label={t("aids.history.from")} options={options} defaultValue={view.from?.id} state={IDLE} />
                  <FormField as="select" name="til" label={t("aids.history.to")} options={options} defaultValue={view.to?.id} state={IDLE} />
                  <Button type="submit" className="mb-[1.6rem]">
                    {t("aids.history.submit")}
                  </Button>
                </form>
                {view.from && view.to ? <p role="status">{t("aids.history.comparing", { from: revisionLabel(view.from), to: revisionLabel(view.to) })}</p> : null}
                {view.diff.length ? <AidChanges changes={view.diff} t={t} /> : <p>{t("aids.history.same")}</p>}
              </div>
            ) : null}
          </>
        )}
      </section>

      {view.proposals.length ? (
        <section aria-labelledby="proposals" className="space-y-4">
          <H2 id="proposals">{t("aids.proposals.title")}</H2>
          {view.proposals.map((p) => (
            <ProposalCard key={p.id} proposal={p} heading={`${p.proposed.number} ${p.proposed.name}`} meetings={view.meetings} mayDecide={view.may.decide} back="item" t={t} />
          ))}
        </section>
      ) : null}

      {view.may.propose ? (
        <section aria-labelledby="propose">
          <H2 id="propose">{t("aids.propose.title")}</H2>
          <p className="mb-4 max-w-3xl">{t("aids.propose.intro")}</p>
          <ProposeForm catalogueId={item.catalogueId} itemId={item.id} baseVersion={item.version} values={aidContentOf(item)} />
        </section>
      ) : null}
    </div>
  );
}
