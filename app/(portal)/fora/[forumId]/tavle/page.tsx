import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getForumBoard } from "@/lib/domain/initiatives/get-forum-board";
import { listForumTaskTransfers } from "@/lib/domain/task-transfers/list-forum-task-transfers";
import { mayViewForumCompliance } from "@/lib/domain/compliance/forum-area";
import { REGION_WIDE_FORUM_KINDS } from "@/lib/rules/compliance";
import { getTranslator, titled } from "@/lib/i18n/server";
import { orNotFound, first, type SearchParams } from "@/lib/pages/or-not-found";
import { StatusTable } from "../../_components/status-table";
import { Counts } from "../../_components/counts";
import { DecisionFilters } from "../../_components/decision-filters";
import { ForumTaskTransfers } from "../../_components/forum-task-transfers";
import { Button, ButtonLink, H1, Panel, TextLink } from "@/components/ui";

type Params = Promise<{ forumId: string }>;

export const generateMetadata = titled("initiatives.board.title");

/** A forum's status board: the five columns, counts by decision, filters, warnings. */
export default async function BoardPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId } = await params;
  const actor = await requireActor(`/fora/${forumId}/tavle`);
  const query = await searchParams;
  const filter = { decision: first(query.beslutning) ?? "", stage: first(query.fase) ?? "", warnings: first(query.advarsler) ?? "" };
  const board = await orNotFound(getForumBoard(actor, { forumId, ...filter }).catch(() => getForumBoard(actor, { forumId })));
  const [transfers, compliance] = await Promise.all([listForumTaskTransfers(actor, { forumId: board.forum.id }), mayViewForumCompliance(actor, board.forum.id)]);
  const { t, locale } = await getTranslator();
  const base = `/fora/${encodeURIComponent(board.forum.id)}`;
  const filtered = !!(board.filter.decision || board.filter.stage || board.filter.warnings);

  return (
    <div>
      <p className="mb-2 text-sm">
        <TextLink as={Link} href={base}>
          {t("forums.backTo", { name: board.forum.name })}
        </TextLink>
      </p>
      <H1 className="mb-1">{t("initiatives.board.heading", { name: board.forum.name })}</H1>
      <p className="mb-4 text-slate-800">{t("initiatives.board.intro")}</p>
      <ul className="mb-6 flex flex-wrap gap-3">
        <li>
          <ButtonLink href={`/api/initiativer/eksport?forumId=${encodeURIComponent(board.forum.id)}`} download prefetch={false}>
            {t("forums.links.export")}
          </ButtonLink>
        </li>
        {board.permissions.edit ? (
          <li>
            <ButtonLink href={`${base}/import`}>
              {t("forums.links.import")}
            </ButtonLink>
          </li>
        ) : null}
        {board.permissions.edit ? (
          <li>
            <ButtonLink href={`/initiativer/ny?forum=${encodeURIComponent(board.forum.id)}`}>
              {t("initiatives.create.title")}
            </ButtonLink>
          </li>
        ) : null}
        {compliance ? (
          <li>
            <ButtonLink href={`/overholdelse?forum=${encodeURIComponent(board.forum.id)}`}>
              {REGION_WIDE_FORUM_KINDS.includes(board.forum.kind) ? t("compliance.forum.linkSteering") : t("compliance.forum.link")}
            </ButtonLink>
          </li>
        ) : null}
        {board.hasChildren ? (
          <li>
            <ButtonLink href={`${base}/oversigt`}>
              {t("forums.links.crossBoard")}
            </ButtonLink>
          </li>
        ) : null}
      </ul>

      <Counts counts={board.counts} t={t} locale={locale} />

      {transfers.length > 0 || board.forum.kind === "CLINICAL_MANAGEMENT" || board.forum.kind === "CLUSTER" ? <ForumTaskTransfers rows={transfers} forumName={board.forum.name} t={t} /> : null}

      <Panel as="form" method="get" role="search" aria-label={t("initiatives.filter.label")} className="mb-6 flex flex-wrap items-end gap-4">
        <DecisionFilters filter={board.filter} t={t} className="min-w-48" />
        <label className="mb-4 flex items-center gap-2">
          <input type="checkbox" name="advarsler" value="1" defaultChecked={board.filter.warnings} className="h-5 w-5 accent-brand-700" />
          {t("initiatives.filter.warningsOnly")}
        </label>
        <Button type="submit" className="mb-4">
          {t("initiatives.filter.apply")}
        </Button>
        {filtered ? (
          <TextLink as={Link} href={`${base}/tavle`} className="mb-6">
            {t("initiatives.filter.clear")}
          </TextLink>
        ) : null}
      </Panel>

      <p role="status" className="mb-2 text-slate-700">
        {t("initiatives.board.showing", { count: board.rows.length, total: board.counts.total })}
      </p>
      {board.rows.length === 0 ? (
        <Panel as="p">{t("initiatives.board.none")}</Panel>
      ) : (
        <StatusTable rows={board.rows} caption={t("initiatives.board.caption", { name: board.forum.name })} />
      )}
    </div>
  );
}
