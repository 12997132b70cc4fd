import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import {
  agreementCoordinatorOrganisationIds,
  canApproveForParty,
  canBringIntoForce,
  canEditVersion,
  canExpire,
  canSendToConsultation,
  canStartAmendment,
  isRegionCoordinator,
  OPEN_STATUSES,
} from "@/lib/rules/agreements";
import { isoDay, todayInDenmark } from "@/lib/domain/agreements/dates";
import { StatusBadge } from "@/app/(public)/aftaler/_components/status-badge";
import { first, type SearchParams } from "@/lib/pages/or-not-found";
import { SimpleForm } from "../_components/simple-form";
import { DONE, loadWorkspace } from "../_components/load";
import {
  approveForPartyAction,
  bringIntoForceAction,
  expireVersionAction,
  moveSectionAction,
  sendToConsultationAction,
  startAmendmentAction,
  updateVersionDetailsAction,
} from "../actions";
import { Banner, ButtonLink, H1, H2, Panel, TextLink, buttonClass } from "@/components/ui";

type Params = Promise<{ versionId: string }>;
const path = (versionId: string) => `/aftaler-redigering/${encodeURIComponent(versionId)}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { versionId } = await params;
  const { doc } = await loadWorkspace(versionId, path(versionId));
  const { t } = await getTranslator();
  return { title: t("agreements.workspace.title", { label: doc.version.label }) };
}

/**
 * The editing workspace of one version: its state and the next lifecycle step the actor may take,
 * the parties' approvals, the version's details, and the section tree with edit and move controls.
 */
export default async function WorkspacePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { versionId } = await params;
  const here = path(versionId);
  const { actor, doc } = await loadWorkspace(versionId, here);
  const { t } = await getTranslator();
  const done = DONE[first((await searchParams).udfoert) ?? ""];
  const today = todayInDenmark();
  const v = doc.version;
  const facts = doc.facts;
  const edit = canEditVersion(actor, facts);
  const send = canSendToConsultation(actor, facts);
  const startsOn = v.inForceFrom ? isoDay(v.inForceFrom) : v.number === 1 ? isoDay(doc.agreement.periodStart) : today;
  const inForce = canBringIntoForce(actor, { ...facts, startsOn }, today);
  const expire = canExpire(actor, { ...facts, periodEnd: isoDay(doc.agreement.periodEnd) }, today);
  const openAmendment = doc.versions.find((o) => OPEN_STATUSES.includes(o.status));
  const amend = canStartAmendment(actor, { ...facts, openAmendmentExists: !!openAmendment });
  const pending = doc.consultationResponses.filter((r) => r.outcome === "PENDING").length;
  const own = agreementCoordinatorOrganisationIds(actor);
  const ownParties = doc.parties.filter((p) => own.includes(p.organisationId));
  const approvedCount = doc.parties.filter((p) => p.approval).length;
  const publicPath = `/aftaler/${encodeURIComponent(doc.agreement.id)}/v/${v.number}`;
  const regionCoordinator = isRegionCoordinator(actor, doc.agreement.regionId);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p>
          <TextLink as={Link} href={publicPath}>
            {t("agreements.workspace.read")}
          </TextLink>
        </p>
        <H1>{t("agreements.workspace.title", { label: v.label })}</H1>
        <p className="flex flex-wrap items-center gap-3">
          <StatusBadge status={v.status} label={t(`agreements.status.${v.status}`)} />
          <span>{doc.agreement.title}</span>
          <span>{t("agreements.version.short", { number: v.number, label: v.label })}</span>
        </p>
        {done ? (
          <Banner as="p" role="status" tone="success">
            {t.key(done)}
          </Banner>
        ) : null}
        {!edit.allowed ? (
          <Banner as="p" tone="warning" id="why-not-editable">
            {t.key(edit.reason)}
          </Banner>
        ) : null}
      </div>

      <Panel aria-labelledby="lifecycle">
        <H2 id="lifecycle">{t("agreements.lifecycle.title")}</H2>
        <ol className="mb-4 flex flex-wrap gap-2 text-sm" aria-label={t("agreements.lifecycle.steps")}>
          {(["DRAFT", "CONSULTATION", "APPROVED", "IN_FORCE"] as const).map((s) => (
            <li key={s} aria-current={s === v.status ? "step" : undefined} className={`rounded border px-2 py-1 ${s === v.status ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300"}`}>
              {t(`agreements.status.${s}`)}
            </li>
          ))}
        </ol>

        {v.status === "DRAFT" ? (
          send.allowed ? (
            <>
              <p id="send-explained" className="mb-3 max-w-3xl">{t("agreements.lifecycle.sendExplained")}</p>
              <SimpleForm
                action={sendToConsultationAction}
                hidden={{ versionId: v.id }}
                fields={[{ name: "consultationEndsAt", type: "date", label: t("agreements.lifecycle.consultationEndsAt"), defaultValue: v.consultationEndsAt ? isoDay(v.consultationEndsAt) : "" }]}
                fieldsClassName="max-w-xs"
                submitLabel={t("agreements.lifecycle.send")}
                describedBy="send-explained"
              />
            </>
          ) : (
            <p>{t.key(send.reason)}</p>
          )
        ) : null}

        {v.status === "CONSULTATION" ? (
          <div className="space-y-4">
            <p>
              {t("agreements.lifecycle.approvals", { approved: approvedCount, total: doc.parties.length })}{" "}
              {v.consultationEndsAt ? t("agreements.lifecycle.consultationUntil", { date: formatDate(v.consultationEndsAt) }) : null}
            </p>
            {pending > 0 ? (
              <Banner as="p" tone="warning">
                {t("agreements.lifecycle.pendingResponses", { count: pending })}{" "}
                <TextLink as={Link} href={`${here}/hoering`}>
                  {t("agreements.consultation.manage")}
                </TextLink>
              </Banner>
            ) : null}
            {ownParties.length === 0 ? <p>{t("agreements.lifecycle.noOwnParty")}</p> : null}
            {ownParties.map((p) => {
              const decision = canApproveForParty(actor, { ...facts, pendingConsultationResponses: pending }, p.organisationId);
              return (
                <div key={p.organisationId} className="rounded-md border border-slate-200 p-3">
                  <h3 className="mb-2 text-lg font-semibold">{t("agreements.lifecycle.approveFor", { name: p.name })}</h3>
                  {p.approval ? (
                    <p>{t("agreements.parties.approvedOn", { date: formatDate(p.approval.decidedOn), name: p.approval.approvedByName })}</p>
                  ) : decision.allowed ? (
                    <SimpleForm
                      action={approveForPartyAction}
                      hidden={{ versionId: v.id, organisationId: p.organisationId }}
                      fields={[
                        { name: "decidedOn", type: "date", label: t("agreements.approval.decidedOn"), hint: t("agreements.approval.decidedOnHint"), required: true, defaultValue: today },
                        { name: "approvingBody", label: t("agreements.approval.body"), defaultValue: p.approvingBody, required: true },
                        { name: "note", label: t("agreements.approval.note") },
                      ]}
                      fieldsClassName="grid gap-x-4 sm:grid-cols-3"
                      submitLabel={t("agreements.lifecycle.approveButton", { name: p.name })}
                    />
                  ) : (
                    <p>{t.key(decision.reason)}</p>
                  )}
                </div>
              );
            })}
          </div>
        ) : null}

        {v.status === "APPROVED" ? (
          inForce.allowed ? (
            <>
              <p id="inforce-explained" className="mb-3">{t("agreements.lifecycle.inForceExplained", { date: formatDate(startsOn) })}</p>
              <SimpleForm action={bringIntoForceAction} hidden={{ versionId: v.id }} submitLabel={t("agreements.lifecycle.bringIntoForce")} describedBy="inforce-explained" />
            </>
          ) : (
            <p>
              {t.key(inForce.reason)} {t("agreements.lifecycle.startsOn", { date: formatDate(startsOn) })}
            </p>
          )
        ) : null}

        {v.status === "IN_FORCE" ? (
          <p>
            {t("agreements.lifecycle.inForceSince", { date: formatDate(v.inForceFrom) })}
          </p>
        ) : null}
        {v.status === "IN_FORCE" && expire.allowed ? (
          <SimpleForm action={expireVersionAction} hidden={{ versionId: v.id }} submitLabel={t("agreements.lifecycle.expire")} className="mt-3" submitClassName={buttonClass("secondary")} />
        ) : null}

        {(v.status === "APPROVED" || v.status === "IN_FORCE") && regionCoordinator ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-2 text-lg font-semibold">{t("agreements.amend.title")}</h3>
            {amend.allowed ? (
              <>
                <p id="amend-explained" className="mb-3 max-w-3xl">{t("agreements.amend.explained")}</p>
                <SimpleForm
                  action={startAmendmentAction}
                  hidden={{ versionId: v.id }}
                  fields={[
                    { name: "label", label: t("agreements.amend.label"), hint: t("agreements.amend.labelHint") },
                    { name: "inForceFrom", type: "date", label: t("agreements.amend.inForceFrom"), hint: t("agreements.amend.inForceFromHint") },
                  ]}
                  fieldsClassName="grid gap-x-4 sm:grid-cols-2"
                  submitLabel={t("agreements.amend.start")}
                  describedBy="amend-explained"
                />
              </>
            ) : (
              <p>
                {t.key(amend.reason)}{" "}
                {openAmendment ? (
                  <TextLink as={Link} href={`/aftaler/${encodeURIComponent(doc.agreement.id)}/v/${openAmendment.number}`}>
                    {t("agreements.amend.openOne", { label: openAmendment.label })}
                  </TextLink>
                ) : null}
              </p>
            )}
          </div>
        ) : null}
      </Panel>

      <Panel aria-labelledby="parties">
        <H2 id="parties">{t("agreements.parties.title")}</H2>
        <p className="mb-2">{t("agreements.lifecycle.approvals", { approved: approvedCount, total: doc.parties.length })}</p>
        <ul className="grid gap-1 sm:grid-cols-2">
          {doc.parties.map((p) => (
            <li key={p.organisationId}>
              <span className="font-medium">{p.name}</span>:{" "}
              {p.approval ? t("agreements.parties.approvedShort", { date: formatDate(p.approval.decidedOn) }) : t("agreements.parties.notApproved")}
            </li>
          ))}
        </ul>
      </Panel>

      <nav aria-label={t("agreements.workspace.more")} className="flex flex-wrap gap-3">
        <ButtonLink href={`${here}/maal`}>
          {t("agreements.goals.title")}
        </ButtonLink>
        <ButtonLink href={`${here}/krav`}>
          {t("agreements.requirements.title")}
        </ButtonLink>
        <ButtonLink href={`${here}/hoering`}>
          {t("agreements.consultation.title")}
        </ButtonLink>
      </nav>

      {edit.allowed ? (
        <Panel aria-labelledby="details">
          <H2 id="details">{t("agreements.details.title")}</H2>
          <SimpleForm
            action={updateVersionDetailsAction}
            hidden={{ versionId: v.id, version: String(v.version) }}
            fields={[
              { name: "label", label: t("agreements.details.label"), required: true, defaultValue: v.label },
              { name: "inForceFrom", type: "date", label: t("agreements.details.inForceFrom"), hint: t("agreements.amend.inForceFromHint"), defaultValue: v.inForceFrom ? isoDay(v.inForceFrom) : "" },
              { name: "consultationEndsAt", type: "date", label: t("agreements.lifecycle.consultationEndsAt"), defaultValue: v.consultationEndsAt ? isoDay(v.consultationEndsAt) : "" },
              { name: "summary", as: "textarea", label: t("agreements.details.summary"), rows: 3, defaultValue: v.summary ?? "", className: "mb-4 sm:col-span-3" },
            ]}
            fieldsClassName="grid gap-x-4 sm:grid-cols-3"
            submitLabel={t("agreements.details.save")}
          />
        </Panel>
      ) : null}

      <section aria-labelledby="sections">
        <H2 id="sections">{t("agreements.sections.title")}</H2>
        {edit.allowed ? (
          <p className="mb-3">
            <ButtonLink href={`${here}/afsnit/ny`}>
              {t("agreements.sections.addTop")}
            </ButtonLink>
          </p>
        ) : null}
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {doc.sections.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" style={{ paddingLeft: `${0.75 + s.depth * 1.5}rem` }}>
              <span className="min-w-0 flex-1">
                <span className="mr-2 font-semibold tabular-nums">{s.number}</span>
                {s.title}
                {s.obligations.length > 0 ? (
                  <span className="ml-2 text-sm text-slate-700">{t("agreements.sections.obligationCount", { count: s.obligations.length })}</span>
                ) : null}
              </span>
              <TextLink as={Link} href={`${here}/afsnit/${encodeURIComponent(s.id)}`}>
                {edit.allowed ? t("agreements.sections.edit") : t("agreements.sections.view")}
                <span className="sr-only"> {s.number} {s.title}</span>
              </TextLink>
              {edit.allowed ? (
                <>
                  <SimpleForm action={moveSectionAction} hidden={{ sectionId: s.id, direction: "up" }} submitLabel={
                      <>
                        <span aria-hidden="true">↑ </span>
                        {t("agreements.sections.up")}
                        <span className="sr-only"> {t("agreements.sections.moveWhich", { number: s.number })}</span>
                      </>
                    } submitClassName={buttonClass("small")} />
                  <SimpleForm action={moveSectionAction} hidden={{ sectionId: s.id, direction: "down" }} submitLabel={
                      <>
                        <span aria-hidden="true">↓ </span>
                        {t("agreements.sections.down")}
                        <span className="sr-only"> {t("agreements.sections.moveWhich", { number: s.number })}</span>
                      </>
                    } submitClassName={buttonClass("small")} />
                  <TextLink as={Link} href={`${here}/afsnit/ny?parent=${encodeURIComponent(s.id)}`}>
                    {t("agreements.sections.addChild")}
                    <span className="sr-only"> {t("agreements.sections.under", { number: s.number })}</span>
                  </TextLink>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
