import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getCrossForumBoard } from "@/lib/domain/initiatives/get-cross-forum-board";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { orNotFound, first, type SearchParams } from "@/lib/pages/or-not-found";
import { Counts } from "../../_components/counts";
import { DecisionFilters } from "../../_components/decision-filters";
import { DecisionBadge } from "../../_components/decision-badge";
import { Banner, Button, ButtonLink, Caption, H1, H2, Panel, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ forumId: string }>;

export const generateMetadata = titled("initiatives.cross.title");

/**
 * The steering forum's board across the forums reporting to it: counts by decision per forum,
 * filters, initiatives without an update for six months, consistency warnings, forums not reporting.
 */
export default async function CrossBoardPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId } = await params;
  const actor = await requireActor(`/fora/${forumId}/oversigt`);
  const query = await searchParams;
  const filter = {
    decision: first(query.beslutning) ?? "",
    stage: first(query.fase) ?? "",
    within: first(query.forum) ?? "",
    stale: first(query.uopdateret) ?? "",
    warnings: first(query.advarsler) ?? "",
  };
  const board = await orNotFound(getCrossForumBoard(actor, { forumId, ...filter }).catch(() => getCrossForumBoard(actor, { forumId })));
  const { t, locale } = await getTranslator();
  const base = `/fora/${encodeURIComponent(board.forum.id)}`;
  const n = (value: number) => formatNumber(value, locale);

  return (
    <div>
      <p className="mb-2 text-sm">
        <TextLink as={Link} href={base}>
          {t("forums.backTo", { name: board.forum.name })}
        </TextLink>
      </p>
      <H1 className="mb-1">{t("initiatives.cross.heading", { name: board.forum.name })}</H1>
      <p className="mb-4 text-slate-800">{t("initiatives.cross.intro")}</p>
      <p className="mb-6">
        <ButtonLink href={`/api/initiativer/eksport?forumId=${encodeURIComponent(board.forum.id)}&scope=tree`} download prefetch={false}>
          {t("initiatives.cross.export")}
        </ButtonLink>
      </p>

      <Counts counts={board.totals} t={t} locale={locale} />

      <Table id="counts-per-forum">
        <Caption>{t("initiatives.cross.perForum")}</Caption>
        <thead>
          <tr>
            <Th scope="col">{t("initiatives.column.forum")}</Th>
            <Th scope="col">{t("initiatives.count.continue")}</Th>
            <Th scope="col">{t("initiatives.count.windDown")}</Th>
            <Th scope="col">{t("initiatives.count.undecided")}</Th>
            <Th scope="col">{t("initiatives.count.final")}</Th>
            <Th scope="col">{t("initiatives.count.total")}</Th>
            <Th scope="col">{t("initiatives.count.stale")}</Th>
            <Th scope="col">{t("initiatives.count.warnings")}</Th>
          </tr>
        </thead>
        <tbody>
          {board.forums.map((f) => (
            <tr key={f.id} data-forum={f.name}>
              <Td as="th" scope="row" className="font-medium" style={{ paddingLeft: `${0.75 + f.depth * 1.25}rem` }}>
                <TextLink as={Link} href={`/fora/${encodeURIComponent(f.id)}/tavle`}>
                  {f.name}
                </TextLink>
              </Td>
              <Td data-count="continue">{n(f.counts.continue)}</Td>
              <Td data-count="windDown">{n(f.counts.windDown)}</Td>
              <Td data-count="undecided">{n(f.counts.undecided)}</Td>
              <Td data-count="final">{n(f.counts.final)}</Td>
              <Td data-count="total">{n(f.counts.total)}</Td>
              <Td>{n(f.counts.stale)}</Td>
              <Td>{n(f.counts.warnings)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>

      {board.missing.length ? (
        <Banner as="section" aria-labelledby="missing" tone="warning" className="mt-6">
          <h2 id="missing" className="mb-1 font-semibold">
            {t("initiatives.cross.missing")}
          </h2>
          <ul className="list-disc pl-5">
            {board.missing.map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ul>
        </Banner>
      ) : null}

      <H2 className="mt-8">{t("initiatives.cross.list")}</H2>
      <Panel as="form" method="get" role="search" aria-label={t("initiatives.filter.label")} className="mb-6 flex flex-wrap items-end gap-4">
        <FormField
          as="select"
          name="forum"
          label={t("initiatives.column.forum")}
          defaultValue={board.filter.within ?? ""}
          placeholder={t("initiatives.filter.allForums")}
          options={board.forums.map((f) => ({ value: f.id, label: f.name }))}
          state={IDLE}
          className="min-w-56"
        />
        <DecisionFilters filter={board.filter} t={t} className="min-w-44" />
        <fieldset className="mb-4">
          <legend className="sr-only">{t("initiatives.filter.only")}</legend>
          <label className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name="uopdateret" value="1" defaultChecked={board.filter.stale} className="h-5 w-5 accent-brand-700" />
            {t("initiatives.filter.staleOnly")}
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="advarsler" value="1" defaultChecked={board.filter.warnings} className="h-5 w-5 accent-brand-700" />
            {t("initiatives.filter.warningsOnly")}
          </label>
        </fieldset>
        <Button type="submit" className="mb-4">
          {t("initiatives.filter.apply")}
        </Button>
      </Panel>
      <p role="status" className="mb-2 text-slate-700">
        {board.rowCount > board.rows.length
          ? t("initiatives.cross.showingCapped", { count: n(board.rows.length), total: n(board.rowCount) })
          : t("initiatives.cross.showing", { count: n(board.rowCount) })}
      </p>
      {board.rows.length ? (
        <Table>
          <caption className="sr-only">{t("initiatives.cross.list")}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("initiatives.column.name")}</Th>
              <Th scope="col">{t("initiatives.column.forum")}</Th>
              <Th scope="col">{t("initiatives.column.decision")}</Th>
              <Th scope="col">{t("initiatives.column.updated")}</Th>
              <Th scope="col">{t("initiatives.column.warnings")}</Th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <tr key={row.id}>
                <Td as="th" scope="row" className="font-medium">
                  <TextLink as={Link} href={`/initiativer/${encodeURIComponent(row.id)}`}>
                    {row.title}
                  </TextLink>
                </Td>
                <Td>{row.forumName}</Td>
                <Td>
                  <DecisionBadge decision={row.decision} t={t} />
                </Td>
                <Td>
                  {formatDate(row.updatedAt)}
                  {row.stale ? <span className="block text-sm font-medium text-amber-900">{t("initiatives.stale")}</span> : null}
                </Td>
                <Td>{row.warnings.map((w) => t(`initiatives.warning.${w}`)).join("; ") || "–"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
