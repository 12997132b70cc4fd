import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { listReassignTargets } from "@/lib/domain/referrals/list-referral-targets";
import type { ReferralDto } from "@/lib/domain/referrals/dto";
import { NotFoundError } from "@/lib/domain/errors";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { DeadlineText, StatusBadge } from "../_components/status";
import { TransitionForm } from "./transition-form";
import { danishDate } from "@/lib/calendar";
import { Banner, Dd, Dl, Dt, H1, H2Small, Panel, TextLink } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("referrals.title") };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DONE_KEYS: Record<string, string> = {
  sendt: "referrals.done.sent",
  receive: "referrals.done.receive",
  accept: "referrals.done.accept",
  reject: "referrals.done.reject",
  reassign: "referrals.done.reassign",
  start: "referrals.done.start",
  complete: "referrals.done.complete",
  dropOut: "referrals.done.dropOut",
  cancel: "referrals.done.cancel",
};

function Deadline({ label, dueAt, doneAt, now, t }: { label: string; dueAt: Date | null; doneAt: Date | null; now: Date; t: Translate }) {
  if (!dueAt) return null;
  const missed = doneAt ? doneAt > dueAt : now > dueAt;
  return (
    <>
      <Dt>{label}</Dt>
      <Dd>
        <time dateTime={dueAt.toISOString()}>{formatDate(dueAt)}</time>
        {doneAt ? ` — ${missed ? t("referrals.deadline.missed") : t("referrals.deadline.met")} (${formatDate(doneAt)})` : null}
        {!doneAt && missed ? (
          <>
            {" "}
            <strong className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">{t("referrals.deadline.overdue")}</strong>
          </>
        ) : null}
      </Dd>
    </>
  );
}

/**
 * One referral with its personal data, for the referring organisation's clinicians and the receiving
 * municipality's staff only. getReferral writes the access-log row before this page gets the data;
 * anyone else gets the 404 page (the same answer as for a referral that does not exist).
 */
export default async function ReferralPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const actor = await requireActor(`/henvisninger/${encodeURIComponent(id)}`);
  const { t } = await getTranslator();
  // The default "happened on" day of a step: today in Danish time.
  const today = danishDate(new Date());
  const done = (await searchParams).udfoert;

  let referral: ReferralDto;
  try {
    referral = await getReferral(actor, { referralId: id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const reassignOffers = referral.transitions.includes("reassign") ? await listReassignTargets(actor, { referralId: id }) : [];
  const now = new Date();
  const target =
    referral.offer?.title ?? t("referrals.conversationWith", { municipality: referral.residenceMunicipality.name });
  const doneKey = typeof done === "string" ? DONE_KEYS[done] : undefined;
  const list = (values: string[], prefix: string) => (values.length ? values.map((v) => t.key(`${prefix}.${v}`)).join(", ") : t("referrals.none"));

  return (
    <div>
      <p className="mb-2">
        <TextLink as={Link} href="/henvisninger">
          {t("referrals.detail.back")}
        </TextLink>
      </p>
      <H1 className="mb-2">{t("referrals.detail.title", { reference: referral.reference })}</H1>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <StatusBadge status={referral.status} t={t} />
        <p>
          <span className="font-semibold">{t("referrals.deadline.next")}: </span>
          {referral.nextDeadline ? <DeadlineText deadline={referral.nextDeadline} t={t} /> : t("referrals.deadline.noneNow")}
        </p>
      </div>
      {doneKey ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {t.key(doneKey)}
        </Banner>
      ) : null}

      {referral.status === "REJECTED" && referral.rejectionReason ? (
        <section aria-labelledby="rejection" className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-4">
          <H2Small id="rejection">
            {t("referrals.detail.rejection")}
          </H2Small>
          <p className="whitespace-pre-line text-slate-900">{referral.rejectionReason}</p>
        </section>
      ) : null}

      {referral.closing ? (
        <section aria-labelledby="closing" className="mb-6 rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
          <H2Small id="closing">
            {t("referrals.detail.closing")}
          </H2Small>
          <Dl>
            <Dt>{t("referrals.detail.closing.attended")}</Dt>
            <Dd>{referral.closing.attended ? t("referrals.yes") : t("referrals.no")}</Dd>
            <Dt>{t("referrals.detail.closing.goal")}</Dt>
            <Dd>{referral.closing.goal}</Dd>
            <Dt>{t("referrals.detail.closing.benefit")}</Dt>
            <Dd>{referral.closing.benefit}</Dd>
            <Dt>{t("referrals.detail.closing.followUpNeeded")}</Dt>
            <Dd>{referral.closing.followUpNeeded ? t("referrals.yes") : t("referrals.no")}</Dd>
            {referral.closing.followUpNote ? (
              <>
                <Dt>{t("referrals.detail.closing.followUpNote")}</Dt>
                <Dd>{referral.closing.followUpNote}</Dd>
              </>
            ) : null}
          </Dl>
        </section>
      ) : null}

      {referral.status === "DROPPED_OUT" && referral.dropOutReason ? (
        <section aria-labelledby="dropout" className="mb-6 rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
          <H2Small id="dropout">
            {t("referrals.detail.dropOut")}
          </H2Small>
          <p className="whitespace-pre-line text-slate-900">{referral.dropOutReason}</p>
        </section>
      ) : null}
      {referral.status === "CANCELLED" && referral.cancellationReason ? (
        <section aria-labelledby="cancellation" className="mb-6 rounded-lg border-2 border-slate-600 bg-white p-4">
          <H2Small id="cancellation">
            {t("referrals.detail.cancellation")}
          </H2Small>
          <p className="whitespace-pre-line text-slate-900">{referral.cancellationReason}</p>
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel aria-labelledby="citizen" className="mb-6">
          <H2Small id="citizen">
            {t("referrals.detail.citizen")}
          </H2Small>
          <Dl>
            <Dt>{t("referrals.detail.name")}</Dt>
            <Dd>{referral.citizenName}</Dd>
            <Dt>{t("referrals.detail.cpr")}</Dt>
            <Dd>{referral.citizenCpr}</Dd>
            <Dt>{t("referrals.detail.residence")}</Dt>
            <Dd>{referral.residenceMunicipality.name}</Dd>
          </Dl>
        </Panel>

        <Panel aria-labelledby="deadlines" className="mb-6">
          <H2Small id="deadlines">
            {t("referrals.detail.deadlines")}
          </H2Small>
          <Dl>
            <Deadline label={t("referrals.milestone.RECEIPT")} dueAt={referral.receiptDueAt} doneAt={referral.receivedAt} now={now} t={t} />
            <Deadline label={t("referrals.milestone.DECISION")} dueAt={referral.decisionDueAt} doneAt={referral.decidedAt} now={now} t={t} />
            <Deadline
              label={t("referrals.milestone.CLOSING_STATUS")}
              dueAt={referral.closingDueAt}
              doneAt={referral.status === "COMPLETED" || referral.status === "DROPPED_OUT" ? referral.closedAt : null}
              now={now}
              t={t}
            />
          </Dl>
          {!referral.receiptDueAt && !referral.decisionDueAt && !referral.closingDueAt ? <p>{t("referrals.deadline.noneNow")}</p> : null}
        </Panel>
      </div>

      <Panel aria-labelledby="referral" className="mb-6">
        <H2Small id="referral">
          {t("referrals.detail.referral")}
        </H2Small>
        <Dl>
          <Dt>{t("referrals.detail.target")}</Dt>
          <Dd>{target}</Dd>
          <Dt>{t("referrals.detail.receiver")}</Dt>
          <Dd>{referral.receivingMunicipality.name}</Dd>
          <Dt>{t("referrals.detail.referredBy")}</Dt>
          <Dd>{t("referrals.detail.referredByValue", { user: referral.referringUserName, organisation: referral.referringOrganisation.name })}</Dd>
          <Dt>{t("referrals.detail.sentAt")}</Dt>
          <Dd>{formatDateTime(referral.sentAt)}</Dd>
          <Dt>{t("referrals.detail.reason")}</Dt>
          <Dd>{referral.reason}</Dd>
          <Dt>{t("referrals.new.riskFactors")}</Dt>
          <Dd>{list(referral.riskFactors, "referrals.riskFactor")}</Dd>
          <Dt>{t("referrals.new.diagnoses")}</Dt>
          <Dd>{list(referral.diagnoses, "referrals.diagnosis")}</Dd>
          <Dt>{t("referrals.new.relevantInformation")}</Dt>
          <Dd>{referral.relevantInformation ?? t("referrals.notGiven")}</Dd>
          <Dt>{t("referrals.new.specialNeeds")}</Dt>
          <Dd>{referral.specialNeeds ?? t("referrals.notGiven")}</Dd>
          <Dt>{t("referrals.detail.consent")}</Dt>
          <Dd>
            {t(`referrals.consent.${referral.consentBasis}`)}
            {referral.consentNotedAt ? ` (${t("referrals.detail.consentNotedAt", { date: formatDate(referral.consentNotedAt) })})` : ""}
          </Dd>
        </Dl>
      </Panel>

      <Panel aria-labelledby="timeline" className="mb-6">
        <H2Small id="timeline">
          {t("referrals.detail.timeline")}
        </H2Small>
        <ol className="relative ml-2 border-l-2 border-brand-600">
          {referral.events.map((event) => (
            <li key={event.id} className="mb-4 ml-4">
              <span aria-hidden="true" className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-brand-700" />
              <p className="font-semibold text-slate-900">
                {t(`referrals.event.${event.type}`)}{" "}
                <span className="font-normal text-slate-700">
                  — <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>
                </span>
              </p>
              <p className="text-sm text-slate-800">{t("referrals.detail.timeline.by", { user: event.actorName, organisation: event.actorOrganisationName })}</p>
              {event.type === "REASSIGNED" ? (
                <p className="text-sm text-slate-800">
                  {t("referrals.detail.timeline.offer", {
                    from: event.fromOfferTitle ?? t("referrals.detail.timeline.noOffer"),
                    to: event.toOfferTitle ?? t("referrals.detail.timeline.noOffer"),
                  })}
                </p>
              ) : null}
              {event.note ? <p className="mt-1 whitespace-pre-line rounded bg-slate-100 p-2 text-slate-900">{event.note}</p> : null}
            </li>
          ))}
        </ol>
      </Panel>

      {referral.relation === "previousReceiver" ? (
        <p className="mb-6 rounded-md border border-slate-300 bg-white p-3 text-slate-800">{t("referrals.detail.readOnly")}</p>
      ) : null}

      {referral.transitions.length ? (
        <section aria-labelledby="actions" className="mb-6">
          <H2Small id="actions">
            {t("referrals.detail.actions")}
          </H2Small>
          <div className="grid gap-x-6 lg:grid-cols-2">
            {referral.transitions
              .filter((transition) => transition !== "reassign" || reassignOffers.length > 0)
              .map((transition) => (
                <TransitionForm
                  key={`${transition}-${referral.version}`}
                  transition={transition}
                  referralId={referral.id}
                  version={referral.version}
                  today={today}
                  offers={
                    transition === "reassign"
                      ? reassignOffers.map((o) => ({ value: o.id, label: t(o.viaPartner ? "referrals.new.target.partner" : "referrals.new.target.own", { title: o.title, owner: o.ownerName }) }))
                      : undefined
                  }
                />
              ))}
          </div>
        </section>
      ) : null}

      <p className="text-sm text-slate-700">{t("referrals.detail.accessNote")}</p>
    </div>
  );
}
