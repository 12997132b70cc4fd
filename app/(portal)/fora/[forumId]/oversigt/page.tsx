import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getCrossForumBoard } from "@/lib/domain/initiatives/get-cross-forum-board";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { FormField } from "@/components/forms/form-field";
import { IDLE } from "@/lib/domain/action-state";
import { orNotFound, first, type SearchParams } from "@/lib/pages/or-not-found";
import { buttonPrimary, buttonSecondary, caption, h1, h2, link, panel, table, td, th, warning } from "../../_components/styles";
import { Counts } from "../../_components/counts";
import { DecisionFilters } from "../../_components/decision-filters";
import { DecisionBadge } from "../../_components/decision-badge";

type Params = Promise<{ forumId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.cross.title") };
}

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
        <Link href={base} className={link}>
          {t("forums.backTo", { name: board.forum.name })}
        </Link>
      </p>
      <h1 className={`${h1} mb-1`}>{t("initiatives.cross.heading", { name: board.forum.name })}</h1>
      <p className="mb-4 text-slate-800">{t("initiatives.cross.intro")}</p>
      <p className="mb-6">
        <a href={`/api/initiativer/eksport?forumId=${encodeURIComponent(board.forum.id)}&scope=tree`} className={buttonSecondary} download>
          {t("initiatives.cross.export")}
        </a>
      </p>

      <Counts counts={board.totals} t={t} locale={locale} />

      <table className={table} id="counts-per-forum">
        <caption className={caption}>{t("initiatives.cross.perForum")}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("initiatives.column.forum")}</th>
            <th scope="col" className={th}>{t("initiatives.count.continue")}</th>
            <th scope="col" className={th}>{t("initiatives.count.windDown")}</th>
            <th scope="col" className={th}>{t("initiatives.count.undecided")}</th>
            <th scope="col" className={th}>{t("initiatives.count.final")}</th>
            <th scope="col" className={th}>{t("initiatives.count.total")}</th>
            <th scope="col" className={th}>{t("initiatives.count.stale")}</th>
            <th scope="col" className={th}>{t("initiatives.count.warnings")}</th>
          </tr>
        </thead>
        <tbody>
          {board.forums.map((f) => (
            <tr key={f.id} data-forum={f.name}>
              <th scope="row" className={`${td} font-medium`} style={{ paddingLeft: `${0.75 + f.depth * 1.25}rem` }}>
                <Link href={`/fora/${encodeURIComponent(f.id)}/tavle`} className={link}>
                  {f.name}
                </Link>
              </th>
              <td className={td} data-count="continue">{n(f.counts.continue)}</td>
              <td className={td} data-count="windDown">{n(f.counts.windDown)}</td>
              <td className={td} data-count="undecided">{n(f.counts.undecided)}</td>
              <td className={td} data-count="final">{n(f.counts.final)}</td>
              <td className={td} data-count="total">{n(f.counts.total)}</td>
              <td className={td}>{n(f.counts.stale)}</td>
              <td className={td}>{n(f.counts.warnings)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {board.missing.length ? (
        <section aria-labelledby="missing" className={`${warning} mt-6`}>
          <h2 id="missing" className="mb-1 font-semibold">
            {t("initiatives.cross.missing")}
          </h2>
          <ul className="list-disc pl-5">
            {board.missing.map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className={h2}>{t("initiatives.cross.list")}</h2>
      <form method="get" role="search" aria-label={t("initiatives.filter.label")} className={`${panel} mb-6 flex flex-wrap items-end gap-4`}>
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
        <button type="submit" className={`${buttonPrimary} mb-4`}>
          {t("initiatives.filter.apply")}
        </button>
      </form>
      <p role="status" className="mb-2 text-slate-700">
        {board.rowCount > board.rows.length
          ? t("initiatives.cross.showingCapped", { count: n(board.rows.length), total: n(board.rowCount) })
          : t("initiatives.cross.showing", { count: n(board.rowCount) })}
      </p>
      {board.rows.length ? (
        <table className={table}>
          <caption className="sr-only">{t("initiatives.cross.list")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("initiatives.column.name")}</th>
              <th scope="col" className={th}>{t("initiatives.column.forum")}</th>
              <th scope="col" className={th}>{t("initiatives.column.decision")}</th>
              <th scope="col" className={th}>{t("initiatives.column.updated")}</th>
              <th scope="col" className={th}>{t("initiatives.column.warnings")}</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/initiativer/${encodeURIComponent(row.id)}`} className={link}>
                    {row.title}
                  </Link>
                </th>
                <td className={td}>{row.forumName}</td>
                <td className={td}>
                  <DecisionBadge decision={row.decision} t={t} />
                </td>
                <td className={td}>
                  {formatDate(row.updatedAt)}
                  {row.stale ? <span className="block text-sm font-medium text-amber-900">{t("initiatives.stale")}</span> : null}
                </td>
                <td className={td}>{row.warnings.map((w) => t(`initiatives.warning.${w}`)).join("; ") || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
