import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getInitiative } from "@/lib/domain/initiatives/get-initiative";
import { listLinkTargets } from "@/lib/domain/initiatives/list-link-targets";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { orNotFound, type SearchParams, doneMessage } from "@/lib/pages/or-not-found";
import { caption, h1, h2, link, muted, panel, table, td, th } from "../../fora/_components/styles";
import { StatusTable } from "../../fora/_components/status-table";
import { DecisionBadge } from "../../fora/_components/decision-badge";
import { CommentForm, DecisionForm, EditInitiativeForm, MilestoneForm, MilestoneToggle } from "./initiative-forms";

type Params = Promise<{ initiativeId: string }>;

const load = cache(async (initiativeId: string) => orNotFound(getInitiative(await requireActor(`/initiativer/${initiativeId}`), { initiativeId })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load((await params).initiativeId)).title };
}

/** An initiative: its status in the five columns, the decision history, the review thread, edits. */
export default async function InitiativePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { initiativeId } = await params;
  const actor = await requireActor(`/initiativer/${initiativeId}`);
  const initiative = await load(initiativeId);
  const { t } = await getTranslator();
  const showDone = doneMessage(t, "initiatives.done", (await searchParams).udfoert);
  const targets = initiative.permissions.edit ? await listLinkTargets(actor, { forumId: initiative.forumId }) : { sections: [], goals: [] };

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/fora/${encodeURIComponent(initiative.forumId)}/tavle`} className={link}>
          {t("initiatives.backToBoard", { name: initiative.forumName })}
        </Link>
      </p>
      <h1 className={`${h1} mb-1`}>{initiative.title}</h1>
      <p className={`${muted} mb-4`}>
        {initiative.forumName} · {t(`initiatives.status.${initiative.status}`)}
        {initiative.progress !== null ? ` · ${t("initiatives.progressValue", { progress: initiative.progress })}` : ""} · {t("initiatives.updatedAt", { when: formatDateTime(initiative.updatedAt) })}
      </p>
      {showDone ? (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {showDone}
        </p>
      ) : null}
      {initiative.section || initiative.goal ? (
        <p className="mb-4">
          {initiative.section ? t("initiatives.linkedSection", { number: initiative.section.number, title: initiative.section.title }) : null}
          {initiative.section && initiative.goal ? " · " : null}
          {initiative.goal ? t("initiatives.linkedGoal", { number: initiative.goal.number, statement: initiative.goal.statement }) : null}
        </p>
      ) : null}

      <div className="overflow-x-auto">
        <StatusTable rows={[initiative]} caption={t("initiatives.statusCaption")} links={false} />
      </div>

      <section aria-labelledby="history">
        <h2 id="history" className={h2}>
          {t("initiatives.history")}
        </h2>
        {initiative.decisions.length === 0 ? (
          <p className={panel}>{t("initiatives.history.none")}</p>
        ) : (
          <table className={table}>
            <caption className={caption}>{t("initiatives.history.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("initiatives.history.decidedOn")}</th>
                <th scope="col" className={th}>{t("initiatives.column.decision")}</th>
                <th scope="col" className={th}>{t("initiatives.history.justification")}</th>
                <th scope="col" className={th}>{t("initiatives.history.by")}</th>
                <th scope="col" className={th}>{t("initiatives.history.state")}</th>
              </tr>
            </thead>
            <tbody>
              {initiative.decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    {formatDate(d.decidedOn)}
                  </th>
                  <td className={td}>
                    <DecisionBadge decision={d} t={t} />
                  </td>
                  <td className={`${td} whitespace-pre-line`}>{d.justification || "–"}</td>
                  <td className={td}>
                    {d.forumName}
                    {d.meetingId && d.meetingStartsAt ? (
                      <>
                        {", "}
                        <Link href={`/fora/${encodeURIComponent(d.forumId)}/moeder/${encodeURIComponent(d.meetingId)}`} className={link}>
                          {t("initiatives.history.meeting", { date: formatDate(d.meetingStartsAt) })}
                        </Link>
                      </>
                    ) : null}
                    {d.recordedByName ? <span className="block text-sm">{d.recordedByName}</span> : null}
                  </td>
                  <td className={td}>{d.supersededAt ? t("initiatives.history.supersededOn", { date: formatDate(d.supersededAt) }) : t("initiatives.history.current")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {initiative.permissions.propose ? (
          <details className="mt-4" open={!initiative.decision}>
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("initiatives.decide.title")}</summary>
            <div className="mt-3">
              <DecisionForm
                initiativeId={initiative.id}
                version={initiative.version}
                forums={initiative.permissions.decisionForums}
                meetings={initiative.meetings.map((m) => ({ id: m.id, label: `${m.forumName}, ${formatDateTime(m.startsAt)}` }))}
                current={initiative.decision?.decision ?? null}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="thread">
        <h2 id="thread" className={h2}>
          {t("initiatives.comments")}
        </h2>
        {initiative.comments.length === 0 ? <p className={panel}>{t("initiatives.comments.none")}</p> : null}
        <ul className="space-y-4">
          {initiative.comments.map((c) => (
            <li key={c.id} className={panel}>
              <p className={muted}>{t("initiatives.comment.by", { name: c.authorName, forum: c.forumName, when: formatDateTime(c.createdAt) })}</p>
              <p className="whitespace-pre-line">{c.body}</p>
              {c.replies.length ? (
                <ul className="ml-6 mt-3 space-y-3 border-l-2 border-slate-300 pl-4">
                  {c.replies.map((r) => (
                    <li key={r.id}>
                      <p className={muted}>{t("initiatives.comment.by", { name: r.authorName, forum: r.forumName, when: formatDateTime(r.createdAt) })}</p>
                      <p className="whitespace-pre-line">{r.body}</p>
                    </li>
                  ))}
                </ul>
              ) : null}
              {initiative.permissions.comment ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700 underline">{t("initiatives.comment.replyTo", { name: c.authorName })}</summary>
                  <CommentForm initiativeId={initiative.id} parentId={c.id} label={t("initiatives.comment.replyLabel", { name: c.authorName })} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        {initiative.permissions.comment ? (
          <div className="mt-4">
            <CommentForm initiativeId={initiative.id} label={t("initiatives.comment.label")} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="milestones">
        <h2 id="milestones" className={h2}>
          {t("initiatives.milestones")}
        </h2>
        {initiative.milestones.length === 0 ? (
          <p className={panel}>{t("initiatives.milestones.none")}</p>
        ) : (
          <ul className="space-y-2">
            {initiative.milestones.map((m) => (
              <li key={m.id} className={`${panel} flex flex-wrap items-center justify-between gap-3`}>
                <span>
                  <strong>{m.title}</strong>
                  {m.dueOn ? ` – ${t("initiatives.milestone.due", { date: formatDate(m.dueOn) })}` : ""}
                  {m.completedOn ? ` – ${t("initiatives.milestone.completedOn", { date: formatDate(m.completedOn) })}` : ""}
                </span>
                {initiative.permissions.edit ? <MilestoneToggle milestoneId={m.id} title={m.title} completed={!!m.completedOn} /> : null}
              </li>
            ))}
          </ul>
        )}
        {initiative.permissions.edit ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("initiatives.milestone.add")}</summary>
            <div className="mt-3">
              <MilestoneForm initiativeId={initiative.id} />
            </div>
          </details>
        ) : null}
      </section>

      {initiative.permissions.edit ? (
        <section aria-labelledby="edit">
          <h2 id="edit" className={h2}>
            {t("initiatives.edit")}
          </h2>
          <details>
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("initiatives.edit.open")}</summary>
            <div className="mt-3">
              <EditInitiativeForm
                initiativeId={initiative.id}
                version={initiative.version}
                title={initiative.title}
                description={initiative.description}
                status={initiative.status}
                progress={initiative.progress}
                sectionId={initiative.section?.id ?? null}
                goalId={initiative.goal?.id ?? null}
                focusText={initiative.focusText}
                focusPeriods={initiative.focusPeriods}
                resourceTags={initiative.resourceTags}
                resourcesText={initiative.resourcesText}
                sections={targets.sections}
                goals={targets.goals}
              />
            </div>
          </details>
        </section>
      ) : null}

      <section aria-labelledby="events">
        <h2 id="events" className={h2}>
          {t("initiatives.events")}
        </h2>
        <ul className="space-y-1">
          {initiative.events.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.occurredAt)} – {t.key(`initiatives.event.${e.type.replace(/\./g, "_")}`)}
              {e.note ? ` (${e.note})` : ""}
              {e.actorName ? ` – ${e.actorName}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
