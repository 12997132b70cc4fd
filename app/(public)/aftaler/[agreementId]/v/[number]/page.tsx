import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { isPartyCoordinator } from "@/lib/rules/agreements";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { FormField } from "@/components/forms/form-field";
import { IDLE } from "@/lib/domain/action-state";
import { orNotFound } from "@/lib/pages/or-not-found";
import { StatusBadge } from "../../../_components/status-badge";
import { buttonSecondary, h1, link } from "../../../_components/styles";
import { AgreementDocument } from "../../../_components/agreement-document";

type Params = Promise<{ agreementId: string; number: string }>;

const load = cache(async (agreementId: string, number: string) => {
  const actor = await getActor();
  return { actor, doc: await orNotFound(getVersionDocument(actor, { agreementId, number })) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { agreementId, number } = await params;
  const { doc } = await load(agreementId, number);
  return { title: `${doc.agreement.title} – ${doc.version.label}` };
}

/** An agreement version: numbered section tree, rendered text, obligations, goals, checklist, parties. */
export default async function AgreementVersionPage({ params }: { params: Params }) {
  const { agreementId, number } = await params;
  const { actor, doc } = await load(agreementId, number);
  const { t } = await getTranslator();
  const base = `/aftaler/${encodeURIComponent(doc.agreement.id)}`;
  const here = `${base}/v/${doc.version.number}`;
  const canOpenWorkspace = isPartyCoordinator(actor, doc.facts);
  const previous = doc.versions.filter((v) => v.number < doc.version.number).at(-1);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-slate-800">
          <Link href="/aftaler" className={link}>
            {t("agreements.list.title")}
          </Link>{" "}
          › {doc.agreement.regionName}
        </p>
        <h1 className={h1}>{doc.agreement.title}</h1>
        <p className="flex flex-wrap items-center gap-3 text-slate-800">
          <StatusBadge status={doc.version.status} label={t(`agreements.status.${doc.version.status}`)} />
          <span>{t("agreements.version.short", { number: doc.version.number, label: doc.version.label })}</span>
          <span>
            {t("agreements.version.period", { from: formatDate(doc.agreement.periodStart), to: formatDate(doc.agreement.periodEnd) })}
          </span>
          {doc.version.inForceFrom ? (
            <span>
              {doc.version.inForceTo
                ? t("agreements.version.inForceFromTo", { from: formatDate(doc.version.inForceFrom), to: formatDate(doc.version.inForceTo) })
                : t("agreements.version.inForceFrom", { from: formatDate(doc.version.inForceFrom) })}
            </span>
          ) : null}
        </p>
        {doc.version.status === "SUPERSEDED" || doc.version.status === "EXPIRED" ? (
          <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">{t("agreements.version.notCurrent")}</p>
        ) : null}
        {doc.version.status === "DRAFT" || doc.version.status === "CONSULTATION" ? (
          <p className="rounded-md border border-violet-700 bg-violet-50 p-3 text-violet-900">{t("agreements.version.draftNotice")}</p>
        ) : null}
        {doc.version.summary ? <p className="max-w-3xl text-slate-900">{doc.version.summary}</p> : null}

        <nav aria-label={t("agreements.version.tools")} className="no-print">
          <ul className="flex flex-wrap gap-3">
            <li>
              <Link href={`${here}/udskriv`} className={buttonSecondary}>
                {t("agreements.print.link")}
              </Link>
            </li>
            <li>
              <Link href={`${base}/forpligtelser`} className={buttonSecondary}>
                {t("agreements.matrix.link")}
              </Link>
            </li>
            {previous ? (
              <li>
                <Link href={`${base}/sammenlign?fra=${previous.number}&til=${doc.version.number}`} className={buttonSecondary}>
                  {t("agreements.compare.link")}
                </Link>
              </li>
            ) : null}
            {canOpenWorkspace ? (
              <li>
                <Link href={`/aftaler-redigering/${encodeURIComponent(doc.version.id)}`} className={buttonSecondary}>
                  {t("agreements.workspace.open")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>

        {doc.versions.length > 1 ? (
          <nav aria-label={t("agreements.version.others")} className="no-print text-sm">
            <p className="font-semibold text-slate-900">{t("agreements.version.others")}</p>
            <ul className="flex flex-wrap gap-x-4">
              {doc.versions.map((v) => (
                <li key={v.id}>
                  {v.number === doc.version.number ? (
                    <span aria-current="page" className="font-semibold">
                      {t("agreements.version.short", { number: v.number, label: v.label })} ({t(`agreements.status.${v.status}`)})
                    </span>
                  ) : (
                    <Link href={`${base}/v/${v.number}`} className={link}>
                      {t("agreements.version.short", { number: v.number, label: v.label })} ({t(`agreements.status.${v.status}`)})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}

        <form role="search" action={`${here}/soeg`} method="get" className="no-print flex max-w-xl flex-wrap items-end gap-3">
          <FormField name="q" type="search" label={t("agreements.search.label")} hint={t("agreements.search.hint")} state={IDLE} className="min-w-64 flex-1" />
          <button type="submit" className={`${buttonSecondary} mb-[1.6rem]`}>
            {t("agreements.search.submit")}
          </button>
        </form>
      </header>

      <AgreementDocument doc={doc} t={t} historyBase={`${base}/historik`} />
    </div>
  );
}
