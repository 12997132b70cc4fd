import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages/or-not-found";
import { StatusTable } from "../../../../_components/status-table";
import { TextLink } from "@/components/ui";

type Params = Promise<{ forumId: string; meetingId: string }>;

export const generateMetadata = titled("meetings.pack.title");

/**
 * The meeting pack: one printable document — the agenda, and for every initiative on it the status
 * in the five columns and the decision the meeting is to take. On paper the portal's header, menu
 * and footer are hidden (print stylesheet below) and the agenda items do not break across pages.
 */
export default async function MeetingPackPage({ params }: { params: Params }) {
  const { forumId, meetingId } = await params;
  const actor = await requireActor(`/fora/${forumId}/moeder/${meetingId}/pakke`);
  const meeting = await orNotFound(getMeeting(actor, { meetingId }));
  const { t } = await getTranslator();
  const initiatives = meeting.agendaItems.filter((item) => item.initiative);

  return (
    <article className="mx-auto max-w-5xl space-y-6 bg-white p-6 print:max-w-none print:p-0" data-testid="meeting-pack">
      <style>{`@media print {
  body > div > header, body > div > footer, body > div > a[href="#indhold"] { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  a { color: inherit !important; text-decoration: none !important; }
  table { break-inside: auto; font-size: 9pt; } tr { break-inside: avoid; }
  .pack-item { break-inside: avoid-page; }
  h2, h3 { break-after: avoid; }
}
@page { size: A4 landscape; margin: 14mm 12mm; }`}</style>
      <p className="no-print rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-900">
        {t("meetings.pack.hint")}{" "}
        <TextLink as={Link} href={`/fora/${encodeURIComponent(meeting.forum.id)}/moeder/${encodeURIComponent(meeting.id)}`}>
          {t("meetings.pack.back")}
        </TextLink>
      </p>
      <header className="space-y-1 border-b-2 border-slate-900 pb-4">
        <p className="text-lg">{meeting.forum.name}</p>
        <h1 className="text-3xl font-semibold">{t("meetings.pack.heading", { date: formatDate(meeting.startsAt) })}</h1>
        <p>
          {formatDateTime(meeting.startsAt)} · {meeting.place ?? t("meetings.noPlace")}
        </p>
        <p className="text-sm text-slate-700">{t("meetings.pack.printedAt", { when: formatDateTime(new Date()) })}</p>
      </header>

      <section aria-labelledby="pack-agenda">
        <h2 id="pack-agenda" className="mb-2 text-2xl font-semibold">
          {t("meetings.agenda")}
        </h2>
        {meeting.agendaItems.length === 0 ? <p>{t("meetings.agenda.none")}</p> : null}
        <ol className="list-decimal space-y-1 pl-6">
          {meeting.agendaItems.map((item) => (
            <li key={item.id}>
              <span className="font-medium">{item.title}</span>
              {item.initiative ? ` – ${t("meetings.pack.decisionToTake")}` : ""}
            </li>
          ))}
        </ol>
      </section>

      {meeting.agendaItems.map((item, index) => (
        <section key={item.id} aria-labelledby={`item-${item.id}`} className="pack-item space-y-2 border-t border-slate-300 pt-4">
          <h2 id={`item-${item.id}`} className="text-xl font-semibold">
            {index + 1}. {item.title}
          </h2>
          {item.description ? <p className="whitespace-pre-line">{item.description}</p> : null}
          {item.section ? <p>{t("meetings.agenda.sectionLine", { number: item.section.number, title: item.section.title })}</p> : null}
          {item.initiative ? (
            <>
              <StatusTable rows={[item.initiative]} caption={t("meetings.agenda.initiativeStatus", { title: item.initiative.title })} links={false} />
              <p className="rounded-md border border-slate-400 p-3">
                <strong>{t("meetings.pack.decisionToTake")}:</strong>{" "}
                {item.decision
                  ? item.decision
                  : item.initiative.decision?.stage === "FINAL"
                    ? t("meetings.pack.alreadyFinal", { decision: t(`initiatives.decision.${item.initiative.decision.decision}`) })
                    : item.initiative.decision
                      ? t("meetings.pack.proposal", { decision: t(`initiatives.decision.${item.initiative.decision.decision}`) })
                      : t("meetings.pack.noProposal")}
              </p>
            </>
          ) : item.decision ? (
            <p>
              <strong>{t("meetings.agenda.decision")}:</strong> {item.decision}
            </p>
          ) : null}
        </section>
      ))}
      {initiatives.length === 0 && meeting.agendaItems.length > 0 ? <p>{t("meetings.pack.noInitiatives")}</p> : null}
    </article>
  );
}
