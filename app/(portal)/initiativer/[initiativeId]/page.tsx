import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getInitiative } from "@/lib/domain/initiatives/get-initiative";
import { listLinkTargets } from "@/lib/domain/initiatives/list-link-targets";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { orNotFound, type SearchParams, doneMessage } from "@/lib/pages/or-not-found";
import { StatusTable } from "../../fora/_components/status-table";
import { DecisionBadge } from "../../fora/_components/decision-badge";
import { CommentForm, DecisionForm, EditInitiativeForm, MilestoneForm, MilestoneToggle } from "./initiative-forms";
import { Banner, Caption, H1, H2, Muted, Panel, Table, Td, TextLink, Th } from "@/components/ui";

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
        <TextLink as={Link} href={`/fora/${encodeURIComponent(initiative.forumId)}/tavle`}>
          {t("initiatives.backToBoard", { name: initiative.forumName })}
        </TextLink>
      </p>
      <H1 className="mb-1">{initiative.title}</H1>
      <Muted className="mb-4">
        {initiative.forumName} · {t(`initiatives.status.${initiative.status}`)}
        {initiative.progress !== null ? ` · ${t("initiatives.progressValue", { progress: initiative.progress })}` : ""} · {t("initiatives.updatedAt", { when: formatDateTime(initiative.updatedAt) })}
      </Muted>
      {showDone ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {showDone}
        </Banner>
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
        <H2 id="history" className="mt-8">
          {t("initiatives.history")}
        </H2>
        {initiative.decisions.length === 0 ? (
          <Panel as="p">{t("initiatives.history.none")}</Panel>
        ) : (
          <Table>
            <Caption>{t("initiatives.history.caption")}</Caption>
            <thead>
              <tr>
                <Th scope="col">{t("initiatives.history.decidedOn")}</Th>
                <Th scope="col">{t("initiatives.column.decision")}</Th>
                <Th scope="col">{t("initiatives.history.justification")}</Th>
                <Th scope="col">{t("initiatives.history.by")}</Th>
                <Th scope="col">{t("initiatives.history.state")}</Th>
              </tr>
            </thead>
            <tbody>
              {initiative.decisions.map((d) => (
                <tr key={d.id}>
                  <Td as="th" scope="row" className="font-medium">
                    {formatDate(d.decidedOn)}
                  </Td>
                  <Td>
                    <DecisionBadge decision={d} t={t} />
                  </Td>
                  <Td className="whitespace-pre-line">{d.justification || "–"}</Td>
                  <Td>
                    {d.forumName}
                    {d.meetingId && d.meetingStartsAt ? (
                      <>
                        {", "}
                        <TextLink as={Link} href={`/fora/${encodeURIComponent(d.forumId)}/moeder/${encodeURIComponent(d.meetingId)}`}>
                          {t("initiatives.history.meeting", { date: formatDate(d.meetingStartsAt) })}
                        </TextLink>
                      </>
                    ) : null}
                    {d.recordedByName ? <span className="block text-sm">{d.recordedByName}</span> : null}
                  </Td>
                  <Td>{d.supersededAt ? t("initiatives.history.supersededOn", { date: formatDate(d.supersededAt) }) : t("initiatives.history.current")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
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
        <H2 id="thread" className="mt-8">
          {t("initiatives.comments")}
        </H2>
        {initiative.comments.length === 0 ? <Panel as="p">{t("initiatives.comments.none")}</Panel> : null}
        <ul className="space-y-4">
          {initiative.comments.map((c) => (
            <Panel as="li" key={c.id}>
              <Muted>{t("initiatives.comment.by", { name: c.authorName, forum: c.forumName, when: formatDateTime(c.createdAt) })}</Muted>
              <p className="whitespace-pre-line">{c.body}</p>
              {c.replies.length ? (
                <ul className="ml-6 mt-3 space-y-3 border-l-2 border-slate-300 pl-4">
                  {c.replies.map((r) => (
                    <li key={r.id}>
                      <Muted>{t("initiatives.comment.by", { name: r.authorName, forum: r.forumName, when: formatDateTime(r.createdAt) })}</Muted>
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
            </Panel>
          ))}
        </ul>
        {initiative.permissions.comment ? (
          <div className="mt-4">
            <CommentForm initiativeId={initiative.id} label={t("initiatives.comment.label")} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="milestones">
        <H2 id="milestones" className="mt-8">
          {t("initiatives.milestones")}
        </H2>
        {initiative.milestones.length === 0 ? (
          <Panel as="p">{t("initiatives.milestones.none")}</Panel>
        ) : (
          <ul className="space-y-2">
            {initiative.milestones.map((m) => (
              <Panel as="li" key={m.id} className="flex flex-wrap items-center justify-between gap-3">
                <span>
                  <strong>{m.title}</strong>
                  {m.dueOn ? ` – ${t("initiatives.milestone.due", { date: formatDate(m.dueOn) })}` : ""}
                  {m.completedOn ? ` – ${t("initiatives.milestone.completedOn", { date: formatDate(m.completedOn) })}` : ""}
                </span>
                {initiative.permissions.edit ? <MilestoneToggle milestoneId={m.id} title={m.title} completed={!!m.completedOn} /> : null}
              </Panel>
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
          <H2 id="edit" className="mt-8">
            {t("initiatives.edit")}
          </H2>
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
        <H2 id="events" className="mt-8">
          {t("initiatives.events")}
        </H2>
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
