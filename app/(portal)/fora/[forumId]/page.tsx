import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getForum } from "@/lib/domain/forums/get-forum";
import { listForumFormOptions } from "@/lib/domain/forums/list-forum-form-options";
import { compositionIssueMessageKey } from "@/lib/rules/forums";
import { renderMarkdown } from "@/lib/markdown/render";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { orNotFound, type SearchParams, doneMessage } from "@/lib/pages/or-not-found";
import { AddMemberForm, EditMemberForm } from "./member-forms";
import { NewMeetingForm } from "./meeting-forms";
import { Banner, ButtonLink, Caption, H1, H2, Muted, Panel, Table, Td, TextLink, Th } from "@/components/ui";
import { isoDateOfColumn } from "@/lib/calendar/date-column";
import { danishToday } from "@/lib/calendar/copenhagen";

type Params = Promise<{ forumId: string }>;

const load = cache(async (forumId: string) => orNotFound(getForum(await requireActor(`/fora/${forumId}`), { forumId })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load((await params).forumId)).name };
}

/** A forum: what it is, its rules and warnings, members, meetings, and the way to its status board. */
export default async function ForumPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId } = await params;
  const actor = await requireActor(`/fora/${forumId}`);
  const forum = await load(forumId);
  const { t } = await getTranslator();
  const showDone = doneMessage(t, "forums.done", (await searchParams).udfoert);
  const options = forum.permissions.manage ? await listForumFormOptions(actor) : null;
  const base = `/fora/${encodeURIComponent(forum.id)}`;
  const iso = (d: Date | null) => (d ? isoDateOfColumn(d) : "");

  return (
    <div>
      {forum.ancestors.length ? (
        <nav aria-label={t("forums.breadcrumb")} className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-1">
            <li>
              <TextLink as={Link} href="/fora">
                {t("forums.list.title")}
              </TextLink>
            </li>
            {forum.ancestors.map((a) => (
              <li key={a.id}>
                ›{" "}
                <TextLink as={Link} href={`/fora/${encodeURIComponent(a.id)}`}>
                  {a.name}
                </TextLink>
              </li>
            ))}
          </ol>
        </nav>
      ) : (
        <p className="mb-2 text-sm">
          <TextLink as={Link} href="/fora">
            {t("forums.backToList")}
          </TextLink>
        </p>
      )}
      <H1>
        {forum.name}
        {forum.shortName ? <span className="text-slate-700"> ({forum.shortName})</span> : null}
      </H1>
      <Muted className="mb-4">
        {t(`forums.kind.${forum.kind}`)} · {forum.regionName}
        {forum.isPublic ? ` · ${t("forums.public")}` : ""}
      </Muted>
      {showDone ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {showDone}
        </Banner>
      ) : null}

      <ul className="mb-6 flex flex-wrap gap-3">
        <li>
          <ButtonLink href={`${base}/tavle`}>
            {t("forums.links.board")}
          </ButtonLink>
        </li>
        {forum.children.length ? (
          <li>
            <ButtonLink href={`${base}/oversigt`}>
              {t("forums.links.crossBoard")}
            </ButtonLink>
          </li>
        ) : null}
        {forum.permissions.editInitiatives ? (
          <li>
            <ButtonLink href={`${base}/import`}>
              {t("forums.links.import")}
            </ButtonLink>
          </li>
        ) : null}
        <li>
          <ButtonLink href={`/api/initiativer/eksport?forumId=${encodeURIComponent(forum.id)}`} download prefetch={false}>
            {t("forums.links.export")}
          </ButtonLink>
        </li>
        {forum.permissions.manage ? (
          <li>
            <ButtonLink href={`${base}/rediger`}>
              {t("forums.links.edit")}
            </ButtonLink>
          </li>
        ) : null}
        {forum.permissions.createChild ? (
          <li>
            <ButtonLink href={`/fora/ny?parent=${encodeURIComponent(forum.id)}`}>
              {t("forums.links.createChild")}
            </ButtonLink>
          </li>
        ) : null}
      </ul>

      {forum.compositionIssues.length || forum.meetingWarning ? (
        <Banner as="section" aria-labelledby="warnings" tone="warning" className="mb-6">
          <h2 id="warnings" className="mb-1 font-semibold">
            {t("forums.warnings.title")}
          </h2>
          <ul className="list-disc pl-5">
            {forum.compositionIssues.map((issue) => (
              <li key={issue.key}>{t.key(compositionIssueMessageKey(issue), issue.params)}</li>
            ))}
            {forum.meetingWarning ? <li>{t("forums.meetingWarning", forum.meetingWarning)}</li> : null}
          </ul>
        </Banner>
      ) : null}

      <Panel aria-labelledby="rules">
        <h2 id="rules" className="mb-3 text-xl font-semibold">
          {t("forums.rules.title")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="font-medium">{t("forums.form.compositionRule")}</dt>
            <dd>{t(`forums.compositionRule.${forum.compositionRule}`)}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("forums.rules.chairs")}</dt>
            <dd>
              {t("forums.rules.chairFrom", { party: forum.chairParty ? t(`forums.party.${forum.chairParty}`) : t("forums.form.anyParty") })};{" "}
              {t("forums.rules.viceChairFrom", { party: forum.viceChairParty ? t(`forums.party.${forum.viceChairParty}`) : t("forums.form.anyParty") })}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("forums.form.minMeetings")}</dt>
            <dd>
              {forum.minMeetingsPerYear ?? "–"} ({t("forums.rules.heldLastYear", { count: forum.meetingsLastYear })})
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("forums.form.secretariat")}</dt>
            <dd>{[forum.secretariatName, forum.secretariatNote].filter(Boolean).join(" – ") || "–"}</dd>
          </div>
          {forum.parent ? (
            <div>
              <dt className="font-medium">{t("forums.rules.reportsTo")}</dt>
              <dd>
                <TextLink as={Link} href={`/fora/${encodeURIComponent(forum.parent.id)}`}>
                  {forum.parent.name}
                </TextLink>
              </dd>
            </div>
          ) : null}
        </dl>
        {forum.seatRules.length ? (
          <Table className="mt-4">
            <Caption>{t("forums.rules.seats")}</Caption>
            <thead>
              <tr>
                <Th scope="col">{t("forums.member.party")}</Th>
                <Th scope="col">{t("forums.rules.min")}</Th>
                <Th scope="col">{t("forums.rules.max")}</Th>
                <Th scope="col">{t("forums.rules.now")}</Th>
              </tr>
            </thead>
            <tbody>
              {forum.seatRules.map((rule) => (
                <tr key={rule.party}>
                  <Td as="th" scope="row" className="font-medium">{t(`forums.party.${rule.party}`)}</Td>
                  <Td>{rule.minSeats}</Td>
                  <Td>{rule.maxSeats ?? "–"}</Td>
                  <Td>{forum.members.filter((m) => m.current && m.party === rule.party && m.position !== "SECRETARY").length}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
      </Panel>

      {forum.mandate ? (
        <section aria-labelledby="mandate">
          <H2 id="mandate" className="mt-8">
            {t("forums.mandate")}
          </H2>
          <div className="prose max-w-3xl space-y-3 rounded-md bg-white p-4 shadow-sm [&_li]:ml-5 [&_li]:list-disc" dangerouslySetInnerHTML={{ __html: renderMarkdown(forum.mandate, { headingOffset: 2 }) }} />
        </section>
      ) : null}

      {forum.children.length ? (
        <section aria-labelledby="children">
          <H2 id="children" className="mt-8">
            {t("forums.children")}
          </H2>
          <ul className="list-disc pl-5">
            {forum.children.map((c) => (
              <li key={c.id}>
                <TextLink as={Link} href={`/fora/${encodeURIComponent(c.id)}`}>
                  {c.name}
                </TextLink>{" "}
                <Muted as="span">({t(`forums.kind.${c.kind}`)})</Muted>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="members">
        <H2 id="members" className="mt-8">
          {t("forums.members.title")}
        </H2>
        {forum.members.length === 0 ? (
          <Panel as="p">{t("forums.members.none")}</Panel>
        ) : (
          <Table>
            <caption className="sr-only">{t("forums.members.title")}</caption>
            <thead>
              <tr>
                <Th scope="col">{t("forums.member.name")}</Th>
                <Th scope="col">{t("forums.member.organisation")}</Th>
                <Th scope="col">{t("forums.member.party")}</Th>
                <Th scope="col">{t("forums.member.position")}</Th>
                <Th scope="col">{t("forums.member.period")}</Th>
                {forum.permissions.manage ? <Th scope="col">{t("forums.member.change")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {forum.members.map((m) => (
                <tr key={m.id} className={m.current ? "" : "text-slate-600"}>
                  <Td as="th" scope="row" className="font-medium">
                    {m.name}
                    {m.current ? "" : ` (${t("forums.member.former")})`}
                  </Td>
                  <Td>{m.organisationName ?? "–"}</Td>
                  <Td>{t(`forums.party.${m.party}`)}</Td>
                  <Td>{t(`forums.position.${m.position}`)}</Td>
                  <Td>
                    {formatDate(m.periodFrom)} – {m.periodTo ? formatDate(m.periodTo) : ""}
                  </Td>
                  {forum.permissions.manage ? (
                    <Td className="min-w-56">
                      <details>
                        <summary className="cursor-pointer text-brand-700 underline">{t("forums.member.changeOf", { name: m.name })}</summary>
                        <EditMemberForm member={{ id: m.id, name: m.name, version: m.version, position: m.position, party: m.party, periodTo: iso(m.periodTo) }} />
                      </details>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {forum.permissions.manage && options ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("forums.member.add")}</summary>
            <div className="mt-3">
              <AddMemberForm forumId={forum.id} organisations={options.organisations} today={danishToday()} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="meetings">
        <H2 id="meetings" className="mt-8">
          {t("meetings.title")}
        </H2>
        {forum.meetings.length === 0 ? (
          <Panel as="p">{t("meetings.none")}</Panel>
        ) : (
          <Table>
            <caption className="sr-only">{t("meetings.title")}</caption>
            <thead>
              <tr>
                <Th scope="col">{t("meetings.when")}</Th>
                <Th scope="col">{t("meetings.place")}</Th>
                <Th scope="col">{t("meetings.status")}</Th>
                <Th scope="col">{t("meetings.agenda")}</Th>
              </tr>
            </thead>
            <tbody>
              {forum.meetings.map((m) => (
                <tr key={m.id}>
                  <Td as="th" scope="row" className="font-medium">
                    <TextLink as={Link} href={`${base}/moeder/${encodeURIComponent(m.id)}`}>
                      {formatDateTime(m.startsAt)}
                    </TextLink>
                  </Td>
                  <Td>{m.place ?? "–"}</Td>
                  <Td>{t(`meetings.statusValue.${m.status}`)}</Td>
                  <Td>{t("meetings.agendaCount", { count: m.agendaItemCount })}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {forum.permissions.manage ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("meetings.create")}</summary>
            <div className="mt-3">
              <NewMeetingForm forumId={forum.id} />
            </div>
          </details>
        ) : null}
      </section>
    </div>
  );
}
