import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";
import { listLinkTargets } from "@/lib/domain/initiatives/list-link-targets";
import { renderMarkdown } from "@/lib/markdown/render";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { orNotFound, type SearchParams, doneMessage } from "@/lib/pages/or-not-found";
import { StatusTable } from "../../../_components/status-table";
import { DecisionBadge } from "../../../_components/decision-badge";
import { AgendaDecisionForm, AgendaItemForm, AttendanceForm, InitiativeDecisionForm, MeetingDetailsForm } from "./meeting-forms";
import { Banner, ButtonLink, H1, H2, H3, Muted, Panel, TextLink } from "@/components/ui";
import { danishWallTime } from "@/lib/calendar/copenhagen";

type Params = Promise<{ forumId: string; meetingId: string }>;

const load = cache(async (forumId: string, meetingId: string) => orNotFound(getMeeting(await requireActor(`/fora/${forumId}/moeder/${meetingId}`), { meetingId })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { forumId, meetingId } = await params;
  const meeting = await load(forumId, meetingId);
  const { t } = await getTranslator();
  return { title: t("meetings.heading", { forum: meeting.forum.name, date: formatDate(meeting.startsAt) }) };
}

const copenhagen = danishWallTime;

/** A meeting: agenda with the linked initiatives' status, decisions, attendance and minutes. */
export default async function MeetingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId, meetingId } = await params;
  const actor = await requireActor(`/fora/${forumId}/moeder/${meetingId}`);
  const meeting = await load(forumId, meetingId);
  const { t } = await getTranslator();
  const showDone = doneMessage(t, "meetings.done", (await searchParams).udfoert);
  const sections = meeting.permissions.manage ? (await listLinkTargets(actor, { forumId: meeting.forum.id })).sections : [];
  const forumHref = `/fora/${encodeURIComponent(meeting.forum.id)}`;
  const local = copenhagen(meeting.startsAt);

  return (
    <div>
      <p className="mb-2 text-sm">
        <TextLink as={Link} href={forumHref}>
          {t("forums.backTo", { name: meeting.forum.name })}
        </TextLink>
      </p>
      <H1 className="mb-1">{t("meetings.heading", { forum: meeting.forum.name, date: formatDate(meeting.startsAt) })}</H1>
      <Muted className="mb-4">
        {formatDateTime(meeting.startsAt)} · {meeting.place ?? t("meetings.noPlace")} · {t(`meetings.statusValue.${meeting.status}`)}
      </Muted>
      {showDone ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {showDone}
        </Banner>
      ) : null}
      <p className="mb-6">
        <ButtonLink href={`${forumHref}/moeder/${encodeURIComponent(meeting.id)}/pakke`}>
          {t("meetings.pack.open")}
        </ButtonLink>
      </p>

      <section aria-labelledby="agenda">
        <H2 id="agenda" className="mt-8">
          {t("meetings.agenda")}
        </H2>
        {meeting.agendaItems.length === 0 ? <Panel as="p">{t("meetings.agenda.none")}</Panel> : null}
        <ol className="space-y-6">
          {meeting.agendaItems.map((item, index) => (
            <Panel as="li" key={item.id}>
              <H3 className="mt-4 mt-0">
                {index + 1}. {item.title}
              </H3>
              {item.description ? <p className="mb-2 whitespace-pre-line">{item.description}</p> : null}
              {item.section ? (
                <p className="mb-2">
                  {t("meetings.agenda.sectionLine", { number: item.section.number, title: item.section.title })}
                </p>
              ) : null}
              {item.initiative ? (
                <div className="mb-3 overflow-x-auto">
                  <StatusTable rows={[item.initiative]} caption={t("meetings.agenda.initiativeStatus", { title: item.initiative.title })} />
                </div>
              ) : null}
              {item.decision ? (
                <p className="mb-3">
                  <strong>{t("meetings.agenda.decision")}:</strong> <span className="whitespace-pre-line">{item.decision}</span>
                </p>
              ) : null}
              {meeting.permissions.recordDecisions && item.initiative ? (
                <details className="mb-2" open={!item.decision}>
                  <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("initiatives.decide.titleFor", { title: item.initiative.title })}</summary>
                  <div className="mt-2">
                    <InitiativeDecisionForm
                      initiativeId={item.initiative.id}
                      version={item.initiative.version}
                      title={item.initiative.title}
                      forumId={meeting.forum.id}
                      meetingId={meeting.id}
                      current={item.initiative.decision?.decision ?? null}
                    />
                  </div>
                </details>
              ) : null}
              {meeting.permissions.recordDecisions ? (
                <details>
                  <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("meetings.agenda.recordDecisionFor", { title: item.title })}</summary>
                  <div className="mt-2">
                    <AgendaDecisionForm itemId={item.id} version={item.version} title={item.title} decision={item.decision} />
                  </div>
                </details>
              ) : null}
            </Panel>
          ))}
        </ol>
        {meeting.permissions.manage ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("meetings.agenda.add")}</summary>
            <div className="mt-3">
              <AgendaItemForm meetingId={meeting.id} initiatives={meeting.linkableInitiatives} sections={sections} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="decisions">
        <H2 id="decisions" className="mt-8">
          {t("meetings.decisions")}
        </H2>
        {meeting.decisions.length === 0 ? (
          <Panel as="p">{t("meetings.decisions.none")}</Panel>
        ) : (
          <ul className="space-y-2">
            {meeting.decisions.map((d) => (
              <Panel as="li" key={d.id}>
                <TextLink as={Link} href={`/initiativer/${encodeURIComponent(d.initiativeId)}`}>
                  {d.initiativeTitle}
                </TextLink>{" "}
                <DecisionBadge decision={d} t={t} /> {d.supersededAt ? <Muted as="span">({t("initiatives.superseded")})</Muted> : null}
                <p className="whitespace-pre-line">{d.justification}</p>
                <Muted>{t("initiatives.recordedBy", { name: d.recordedByName ?? "–", date: formatDate(d.decidedOn) })}</Muted>
              </Panel>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="attendance">
        <H2 id="attendance" className="mt-8">
          {t("meetings.attendance")}
        </H2>
        {meeting.permissions.manage ? (
          <AttendanceForm
            meetingId={meeting.id}
            version={meeting.version}
            members={meeting.attendance.map((a) => ({ memberId: a.memberId, label: `${a.name} – ${t(`forums.position.${a.position}`)}, ${t(`forums.party.${a.party}`)}`, present: a.present }))}
          />
        ) : (
          <ul className="list-disc pl-5">
            {meeting.attendance.map((a) => (
              <li key={a.memberId}>
                {a.name} ({t(`forums.position.${a.position}`)}): {a.present === null ? "–" : a.present ? t("meetings.attendance.present") : t("meetings.attendance.absent")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="minutes">
        <H2 id="minutes" className="mt-8">
          {t("meetings.minutes")}
        </H2>
        {meeting.minutes ? (
          <Panel as="div" className="space-y-2 [&_li]:ml-5 [&_li]:list-decimal" dangerouslySetInnerHTML={{ __html: renderMarkdown(meeting.minutes, { headingOffset: 2 }) }} />
        ) : (
          <Panel as="p">{t("meetings.minutes.none")}</Panel>
        )}
        {meeting.permissions.manage ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("meetings.edit")}</summary>
            <div className="mt-3">
              <MeetingDetailsForm
                meetingId={meeting.id}
                version={meeting.version}
                date={local.date}
                time={local.time}
                place={meeting.place ?? ""}
                status={meeting.status}
                minutes={meeting.minutes}
                mayKeepMinutes={meeting.permissions.recordDecisions}
              />
            </div>
          </details>
        ) : null}
      </section>
    </div>
  );
}
