import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { getAidCatalogue } from "@/lib/domain/aids/get-aid-catalogue";
import { searchAids } from "@/lib/domain/aids/search-aids";
import { NotFoundError } from "@/lib/domain/errors";
import { getTranslator, titled } from "@/lib/i18n/server";
import { AID_CATEGORIES } from "@/lib/aids/fields";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { Banner, BadgeInfo, BadgeWarning, Button, ButtonLink, DataTable, H1, H2, Intro, Muted, Panel, TextLink } from "@/components/ui";
import { answerLine } from "./_components/answer";
import { PublicForm } from "./_components/public-form";

export const generateMetadata = titled("aids.title");

/**
 * The aids responsibility catalogue of one region (issue 14): the lookup ("rollator midlertidigt" →
 * "Kommunen — midlertidigt behov, sundhedslovens §140"), then the whole catalogue by the five
 * categories. A GET form, so it works without JavaScript and a search can be shared as a link. A
 * visitor without a session sees a public catalogue, or is asked to sign in.
 */
export default async function AidsPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const actor = await getActor();
  const regionId = first(query.region) || undefined;
  const q = first(query.q) ?? "";
  const { t } = await getTranslator();
  const catalogue = await orNotFound(
    getAidCatalogue(actor, { regionId }).catch((error: unknown) => {
      if (error instanceof NotFoundError && !actor) redirect("/logind?next=/hjaelpemidler"); // not public: sign in
      // Signed in, no region asked for, and no catalogue this user may read (their region has not put
      // one in the portal yet): the menu's link answers with that, not with a 404.
      if (error instanceof NotFoundError && !regionId) return null;
      throw error;
    }),
  );
  if (!catalogue) {
    return (
      <div className="space-y-4">
        <H1>{t("aids.title")}</H1>
        <Intro>{t("aids.intro")}</Intro>
        <Banner tone="info" as="p">
          {t("aids.noCatalogue")}
        </Banner>
      </div>
    );
  }
  const search = q.trim() ? await orNotFound(searchAids(actor, { regionId: catalogue.catalogue.regionId, q })) : null;
  const regionParam = `region=${encodeURIComponent(catalogue.catalogue.regionId)}`;
  const hasDemo = catalogue.items.some((i) => i.isDemo);

  return (
    <div className="space-y-8 wrap-anywhere">
      <div>
        <H1>{t("aids.title")}</H1>
        <p className="mt-1 text-lg text-slate-800">
          {catalogue.catalogue.region.name} · {t("aids.itemCount", { count: catalogue.items.length })}{" "}
          {catalogue.catalogue.isPublic ? <BadgeInfo>{t("aids.public")}</BadgeInfo> : null}
        </p>
        <Intro className="mt-2">{t("aids.intro")}</Intro>
        {hasDemo ? (
          <Banner tone="warning" as="p">
            {t("aids.demoNotice")}
          </Banner>
        ) : null}
      </div>

      {catalogue.catalogues.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <FormField as="select" name="region" label={t("aids.chooseRegion")} state={IDLE} defaultValue={catalogue.catalogue.regionId} options={catalogue.catalogues.map((c) => ({ value: c.regionId, label: c.regionName }))} className="mb-0" />
          <Button type="submit" variant="secondary">
            {t("aids.chooseRegionSubmit")}
          </Button>
        </form>
      ) : null}

      <section aria-labelledby="lookup">
        <H2 id="lookup">{t("aids.lookup.title")}</H2>
        <form method="get" role="search" className="flex max-w-2xl flex-wrap items-end gap-3">
          <input type="hidden" name="region" value={catalogue.catalogue.regionId} />
          <FormField type="search" name="q" label={t("aids.lookup.label")} hint={t("aids.lookup.hint")} state={IDLE} defaultValue={q} className="mb-0 min-w-0 flex-1" />
          <Button type="submit">{t("aids.lookup.submit")}</Button>
        </form>
        {search ? (
          <div className="mt-4" aria-live="polite">
            <p role="status" className="font-medium">
              {search.results.length ? t("aids.lookup.results", { count: search.results.length, q }) : t("aids.lookup.none", { q })}
            </p>
            <ol className="mt-3 space-y-3" data-testid="aid-results">
              {search.results.map((r) => (
                <li key={r.item.id}>
                  <Panel as="div">
                    <p>
                      <TextLink as={Link} href={`/hjaelpemidler/${encodeURIComponent(r.item.id)}`} className="text-lg">
                        {r.item.name}
                      </TextLink>{" "}
                      {r.direct ? null : <BadgeWarning>{t("aids.lookup.related")}</BadgeWarning>}
                    </p>
                    <Muted>{t.key(`aids.category.${r.item.category}`)}</Muted>
                    <ul className="mt-2 space-y-1">
                      {r.answers.map((a) => (
                        <li key={a.use} className="font-semibold text-slate-900" data-testid="aid-answer">
                          {answerLine(t, a)}
                        </li>
                      ))}
                    </ul>
                  </Panel>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      <nav aria-label={t("aids.title")} className="flex flex-wrap gap-3">
        <ButtonLink href={`/hjaelpemidler/udskriv?${regionParam}`}>{t("aids.print")}</ButtonLink>
        {actor ? <ButtonLink href={`/hjaelpemidler/forslag?${regionParam}`}>{t("aids.proposals")}</ButtonLink> : null}
        {catalogue.may.edit ? <ButtonLink href={`/hjaelpemidler/ny?${regionParam}`}>{t("aids.new")}</ButtonLink> : catalogue.may.propose ? <ButtonLink href={`/hjaelpemidler/ny?${regionParam}`}>{t("aids.proposeNew")}</ButtonLink> : null}
      </nav>
      {catalogue.pendingProposals > 0 && actor ? <p>{t("aids.proposalsPending", { count: catalogue.pendingProposals })}</p> : null}

      {AID_CATEGORIES.map((category) => {
        const items = catalogue.items.filter((i) => i.category === category);
        if (items.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`category-${category}`}>
            <H2 id={`category-${category}`}>{t.key(`aids.category.${category}`)}</H2>
            <DataTable
              caption={<span className="sr-only">{t("aids.table.caption", { category: t.key(`aids.category.${category}`) })}</span>}
              rows={items}
              rowKey={(i) => i.id}
              columns={[
                { header: t("aids.table.number"), cell: (i) => i.number },
                {
                  header: t("aids.table.name"),
                  rowHeader: true,
                  cell: (i) => (
                    <TextLink as={Link} href={`/hjaelpemidler/${encodeURIComponent(i.id)}`}>
                      {i.name}
                    </TextLink>
                  ),
                },
                { header: t("aids.table.temporary"), cell: (i) => t.key(`aids.party.${i.temporarySupply}`) },
                { header: t("aids.table.permanent"), cell: (i) => t.key(`aids.party.${i.permanentSupply}`) },
              ]}
            />
          </section>
        );
      })}

      {catalogue.may.setPublic ? <PublicForm catalogueId={catalogue.catalogue.id} version={catalogue.catalogue.version} isPublic={catalogue.catalogue.isPublic} /> : null}
    </div>
  );
}
