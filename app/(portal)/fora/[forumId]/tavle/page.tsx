import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getForumBoard } from "@/lib/domain/initiatives/get-forum-board";
import { getTranslator } from "@/lib/i18n/server";
import { orNotFound, first, type SearchParams } from "@/lib/pages/or-not-found";
import { buttonPrimary, buttonSecondary, h1, link, panel } from "../../_components/styles";
import { StatusTable } from "../../_components/status-table";
import { Counts } from "../../_components/counts";
import { DecisionFilters } from "../../_components/decision-filters";

type Params = Promise<{ forumId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.board.title") };
}

/** A forum's status board: the five columns, counts by decision, filters, warnings. */
export default async function BoardPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId } = await params;
  const actor = await requireActor(`/fora/${forumId}/tavle`);
  const query = await searchParams;
  const filter = { decision: first(query.beslutning) ?? "", stage: first(query.fase) ?? "", warnings: first(query.advarsler) ?? "" };
  const board = await orNotFound(getForumBoard(actor, { forumId, ...filter }).catch(() => getForumBoard(actor, { forumId })));
  const { t, locale } = await getTranslator();
  const base = `/fora/${encodeURIComponent(board.forum.id)}`;
  const filtered = !!(board.filter.decision || board.filter.stage || board.filter.warnings);

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={base} className={link}>
          {t("forums.backTo", { name: board.forum.name })}
        </Link>
      </p>
      <h1 className={`${h1} mb-1`}>{t("initiatives.board.heading", { name: board.forum.name })}</h1>
      <p className="mb-4 text-slate-800">{t("initiatives.board.intro")}</p>
      <ul className="mb-6 flex flex-wrap gap-3">
        <li>
          <a href={`/api/initiativer/eksport?forumId=${encodeURIComponent(board.forum.id)}`} className={buttonSecondary} download>
            {t("forums.links.export")}
          </a>
        </li>
        {board.permissions.edit ? (
          <li>
            <Link href={`${base}/import`} className={buttonSecondary}>
              {t("forums.links.import")}
            </Link>
          </li>
        ) : null}
        {board.permissions.edit ? (
          <li>
            <Link href={`/initiativer/ny?forum=${encodeURIComponent(board.forum.id)}`} className={buttonSecondary}>
              {t("initiatives.create.title")}
            </Link>
          </li>
        ) : null}
        {board.hasChildren ? (
          <li>
            <Link href={`${base}/oversigt`} className={buttonSecondary}>
              {t("forums.links.crossBoard")}
            </Link>
          </li>
        ) : null}
      </ul>

      <Counts counts={board.counts} t={t} locale={locale} />

      <form method="get" role="search" aria-label={t("initiatives.filter.label")} className={`${panel} mb-6 flex flex-wrap items-end gap-4`}>
        <DecisionFilters filter={board.filter} t={t} className="min-w-48" />
        <label className="mb-4 flex items-center gap-2">
          <input type="checkbox" name="advarsler" value="1" defaultChecked={board.filter.warnings} className="h-5 w-5 accent-brand-700" />
          {t("initiatives.filter.warningsOnly")}
        </label>
        <button type="submit" className={`${buttonPrimary} mb-4`}>
          {t("initiatives.filter.apply")}
        </button>
        {filtered ? (
          <Link href={`${base}/tavle`} className={`${link} mb-6`}>
            {t("initiatives.filter.clear")}
          </Link>
        ) : null}
      </form>

      <p role="status" className="mb-2 text-slate-700">
        {t("initiatives.board.showing", { count: board.rows.length, total: board.counts.total })}
      </p>
      {board.rows.length === 0 ? (
        <p className={panel}>{t("initiatives.board.none")}</p>
      ) : (
        <StatusTable rows={board.rows} caption={t("initiatives.board.caption", { name: board.forum.name })} />
      )}
    </div>
  );
}
