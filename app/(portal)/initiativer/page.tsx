import { requireActor } from "@/lib/auth/actor";
import { listInitiatives } from "@/lib/domain/initiatives/list-initiatives";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { first, type SearchParams } from "@/lib/pages/or-not-found";
import { StatusTable } from "../fora/_components/status-table";
import { Button, ButtonLink, H1, Panel } from "@/components/ui";

export const generateMetadata = titled("initiatives.list.title");

/** Every initiative of the forums the user reads, filtered by forum, decision and title. */
export default async function InitiativesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/initiativer");
  const query = await searchParams;
  const input = { forumId: first(query.forum) ?? "", decision: first(query.beslutning) ?? "", q: first(query.q) ?? "" };
  const list = await listInitiatives(actor, input).catch(() => listInitiatives(actor, {}));
  const { t, locale } = await getTranslator();
  const creatable = list.forums.filter((f) => f.canCreate);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <H1>{t("initiatives.list.title")}</H1>
        {creatable.length ? (
          <ButtonLink href="/initiativer/ny">
            {t("initiatives.create.title")}
          </ButtonLink>
        ) : null}
      </div>
      <Panel as="form" method="get" role="search" aria-label={t("initiatives.filter.label")} className="mb-6 flex flex-wrap items-end gap-4">
        <FormField name="q" type="search" label={t("initiatives.filter.search")} defaultValue={input.q} state={IDLE} className="min-w-64 flex-1" />
        <FormField
          as="select"
          name="forum"
          label={t("initiatives.column.forum")}
          defaultValue={input.forumId}
          placeholder={t("initiatives.filter.allForums")}
          options={list.forums.map((f) => ({ value: f.id, label: f.name }))}
          state={IDLE}
          className="min-w-56"
        />
        <FormField
          as="select"
          name="beslutning"
          label={t("initiatives.filter.decision")}
          defaultValue={input.decision}
          placeholder={t("initiatives.filter.all")}
          options={["CONTINUE", "WIND_DOWN", "NONE"].map((d) => ({ value: d, label: t.key(d === "NONE" ? "initiatives.decision.none" : `initiatives.decision.${d}`) }))}
          state={IDLE}
          className="min-w-44"
        />
        <Button type="submit" className="mb-4">
          {t("initiatives.filter.apply")}
        </Button>
      </Panel>
      <p role="status" className="mb-2 text-slate-700">
        {list.total > list.rows.length
          ? t("initiatives.cross.showingCapped", { count: formatNumber(list.rows.length, locale), total: formatNumber(list.total, locale) })
          : t("initiatives.cross.showing", { count: formatNumber(list.total, locale) })}
      </p>
      {list.rows.length ? <StatusTable rows={list.rows} caption={t("initiatives.list.caption")} withForum /> : <Panel as="p">{t("initiatives.board.none")}</Panel>}
    </div>
  );
}
