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
import { buttonSecondary, caption, h1, h2, link, muted, panel, table, td, th, warning } from "../_components/styles";
import { AddMemberForm, EditMemberForm } from "./member-forms";
import { NewMeetingForm } from "./meeting-forms";

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
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

  return (
    <div>
      {forum.ancestors.length ? (
        <nav aria-label={t("forums.breadcrumb")} className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/fora" className={link}>
                {t("forums.list.title")}
              </Link>
            </li>
            {forum.ancestors.map((a) => (
              <li key={a.id}>
                ›{" "}
                <Link href={`/fora/${encodeURIComponent(a.id)}`} className={link}>
                  {a.name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : (
        <p className="mb-2 text-sm">
          <Link href="/fora" className={link}>
            {t("forums.backToList")}
          </Link>
        </p>
      )}
      <h1 className={h1}>
        {forum.name}
        {forum.shortName ? <span className="text-slate-700"> ({forum.shortName})</span> : null}
      </h1>
      <p className={`${muted} mb-4`}>
        {t(`forums.kind.${forum.kind}`)} · {forum.regionName}
        {forum.isPublic ? ` · ${t("forums.public")}` : ""}
      </p>
      {showDone ? (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {showDone}
        </p>
      ) : null}

      <ul className="mb-6 flex flex-wrap gap-3">
        <li>
          <Link href={`${base}/tavle`} className={buttonSecondary}>
            {t("forums.links.board")}
          </Link>
        </li>
        {forum.children.length ? (
          <li>
            <Link href={`${base}/oversigt`} className={buttonSecondary}>
              {t("forums.links.crossBoard")}
            </Link>
          </li>
        ) : null}
        {forum.permissions.editInitiatives ? (
          <li>
            <Link href={`${base}/import`} className={buttonSecondary}>
              {t("forums.links.import")}
            </Link>
          </li>
        ) : null}
        <li>
          <a href={`/api/initiativer/eksport?forumId=${encodeURIComponent(forum.id)}`} className={buttonSecondary} download>
            {t("forums.links.export")}
          </a>
        </li>
        {forum.permissions.manage ? (
          <li>
            <Link href={`${base}/rediger`} className={buttonSecondary}>
              {t("forums.links.edit")}
            </Link>
          </li>
        ) : null}
        {forum.permissions.createChild ? (
          <li>
            <Link href={`/fora/ny?parent=${encodeURIComponent(forum.id)}`} className={buttonSecondary}>
              {t("forums.links.createChild")}
            </Link>
          </li>
        ) : null}
      </ul>

      {forum.compositionIssues.length || forum.meetingWarning ? (
        <section aria-labelledby="warnings" className={`${warning} mb-6`}>
          <h2 id="warnings" className="mb-1 font-semibold">
            {t("forums.warnings.title")}
          </h2>
          <ul className="list-disc pl-5">
            {forum.compositionIssues.map((issue) => (
              <li key={issue.key}>{t.key(compositionIssueMessageKey(issue), issue.params)}</li>
            ))}
            {forum.meetingWarning ? <li>{t("forums.meetingWarning", forum.meetingWarning)}</li> : null}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="rules" className={panel}>
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
                <Link href={`/fora/${encodeURIComponent(forum.parent.id)}`} className={link}>
                  {forum.parent.name}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
        {forum.seatRules.length ? (
          <table className={`${table} mt-4`}>
            <caption className={caption}>{t("forums.rules.seats")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("forums.member.party")}</th>
                <th scope="col" className={th}>{t("forums.rules.min")}</th>
                <th scope="col" className={th}>{t("forums.rules.max")}</th>
                <th scope="col" className={th}>{t("forums.rules.now")}</th>
              </tr>
            </thead>
            <tbody>
              {forum.seatRules.map((rule) => (
                <tr key={rule.party}>
                  <th scope="row" className={`${td} font-medium`}>{t(`forums.party.${rule.party}`)}</th>
                  <td className={td}>{rule.minSeats}</td>
                  <td className={td}>{rule.maxSeats ?? "–"}</td>
                  <td className={td}>{forum.members.filter((m) => m.current && m.party === rule.party && m.position !== "SECRETARY").length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      {forum.mandate ? (
        <section aria-labelledby="mandate">
          <h2 id="mandate" className={h2}>
            {t("forums.mandate")}
          </h2>
          <div className="prose max-w-3xl space-y-3 rounded-md bg-white p-4 shadow-sm [&_li]:ml-5 [&_li]:list-disc" dangerouslySetInnerHTML={{ __html: renderMarkdown(forum.mandate, { headingOffset: 2 }) }} />
        </section>
      ) : null}

      {forum.children.length ? (
        <section aria-labelledby="children">
          <h2 id="children" className={h2}>
            {t("forums.children")}
          </h2>
          <ul className="list-disc pl-5">
            {forum.children.map((c) => (
              <li key={c.id}>
                <Link href={`/fora/${encodeURIComponent(c.id)}`} className={link}>
                  {c.name}
                </Link>{" "}
                <span className={muted}>({t(`forums.kind.${c.kind}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="members">
        <h2 id="members" className={h2}>
          {t("forums.members.title")}
        </h2>
        {forum.members.length === 0 ? (
          <p className={panel}>{t("forums.members.none")}</p>
        ) : (
          <table className={table}>
            <caption className="sr-only">{t("forums.members.title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("forums.member.name")}</th>
                <th scope="col" className={th}>{t("forums.member.organisation")}</th>
                <th scope="col" className={th}>{t("forums.member.party")}</th>
                <th scope="col" className={th}>{t("forums.member.position")}</th>
                <th scope="col" className={th}>{t("forums.member.period")}</th>
                {forum.permissions.manage ? <th scope="col" className={th}>{t("forums.member.change")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {forum.members.map((m) => (
                <tr key={m.id} className={m.current ? "" : "text-slate-600"}>
                  <th scope="row" className={`${td} font-medium`}>
                    {m.name}
                    {m.current ? "" : ` (${t("forums.member.former")})`}
                  </th>
                  <td className={td}>{m.organisationName ?? "–"}</td>
                  <td className={td}>{t(`forums.party.${m.party}`)}</td>
                  <td className={td}>{t(`forums.position.${m.position}`)}</td>
                  <td className={td}>
                    {formatDate(m.periodFrom)} – {m.periodTo ? formatDate(m.periodTo) : ""}
                  </td>
                  {forum.permissions.manage ? (
                    <td className={`${td} min-w-56`}>
                      <details>
                        <summary className="cursor-pointer text-brand-700 underline">{t("forums.member.changeOf", { name: m.name })}</summary>
                        <EditMemberForm member={{ id: m.id, name: m.name, version: m.version, position: m.position, party: m.party, periodTo: iso(m.periodTo) }} />
                      </details>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {forum.permissions.manage && options ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("forums.member.add")}</summary>
            <div className="mt-3">
              <AddMemberForm forumId={forum.id} organisations={options.organisations} today={new Date().toISOString().slice(0, 10)} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="meetings">
        <h2 id="meetings" className={h2}>
          {t("meetings.title")}
        </h2>
        {forum.meetings.length === 0 ? (
          <p className={panel}>{t("meetings.none")}</p>
        ) : (
          <table className={table}>
            <caption className="sr-only">{t("meetings.title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("meetings.when")}</th>
                <th scope="col" className={th}>{t("meetings.place")}</th>
                <th scope="col" className={th}>{t("meetings.status")}</th>
                <th scope="col" className={th}>{t("meetings.agenda")}</th>
              </tr>
            </thead>
            <tbody>
              {forum.meetings.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    <Link href={`${base}/moeder/${encodeURIComponent(m.id)}`} className={link}>
                      {formatDateTime(m.startsAt)}
                    </Link>
                  </th>
                  <td className={td}>{m.place ?? "–"}</td>
                  <td className={td}>{t(`meetings.statusValue.${m.status}`)}</td>
                  <td className={td}>{t("meetings.agendaCount", { count: m.agendaItemCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
