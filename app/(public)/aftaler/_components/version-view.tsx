import Link from "next/link";
import type { VersionDocument } from "@/lib/domain/agreements/get-version-document";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { StatusBadge } from "./status-badge";
import { AgreementDocument } from "./agreement-document";
import { Banner, Button, ButtonLink, H1, TextLink } from "@/components/ui";
import { VersionsNav, WorkspaceLinkIsland } from "./reader-island";

/**
 * An agreement version's reading page: numbered section tree, rendered text, obligations, goals,
 * checklist, parties. Drawn by the per-request page (app/(public)/aftaler/[agreementId]/v/[number])
 * and by the cached page (app/(cached)/aftaleversion/[key], decision 037). `reader`: what the
 * per-request page knows of its reader; null on the cached page, where the reader island adds it.
 */
export function AgreementVersionView({ doc, t, reader }: { doc: VersionDocument; t: Translate; reader: { canOpenWorkspace: boolean } | null }) {
  const base = `/aftaler/${encodeURIComponent(doc.agreement.id)}`;
  const here = `${base}/v/${doc.version.number}`;
  const previous = doc.versions.filter((v) => v.number < doc.version.number).at(-1);
  const workspace = `/aftaler-redigering/${encodeURIComponent(doc.version.id)}`;
  const source = reader ? null : { agreementId: doc.agreement.id, number: doc.version.number };

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-slate-800">
          <TextLink as={Link} href="/aftaler">
            {t("agreements.list.title")}
          </TextLink>{" "}
          › {doc.agreement.regionName}
        </p>
        <H1 lang="da">{doc.agreement.title}</H1>
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
          <Banner as="p" tone="warning">{t("agreements.version.notCurrent")}</Banner>
        ) : null}
        {doc.version.status === "DRAFT" || doc.version.status === "CONSULTATION" ? (
          <p className="rounded-md border border-violet-700 bg-violet-50 p-3 text-violet-900">{t("agreements.version.draftNotice")}</p>
        ) : null}
        {doc.version.summary ? <p className="max-w-3xl text-slate-900">{doc.version.summary}</p> : null}

        <nav aria-label={t("agreements.version.tools")} className="no-print">
          <ul className="flex flex-wrap gap-3">
            <li>
              <ButtonLink href={`${here}/udskriv`}>
                {t("agreements.print.link")}
              </ButtonLink>
            </li>
            <li>
              <ButtonLink href={`${base}/forpligtelser`}>
                {t("agreements.matrix.link")}
              </ButtonLink>
            </li>
            {previous ? (
              <li>
                <ButtonLink href={`${base}/sammenlign?fra=${previous.number}&til=${doc.version.number}`}>
                  {t("agreements.compare.link")}
                </ButtonLink>
              </li>
            ) : null}
            {source ? (
              <WorkspaceLinkIsland source={source} href={workspace} label={t("agreements.workspace.open")} />
            ) : reader?.canOpenWorkspace ? (
              <li>
                <ButtonLink href={workspace}>{t("agreements.workspace.open")}</ButtonLink>
              </li>
            ) : null}
          </ul>
        </nav>

        <VersionsNav
          label={t("agreements.version.others")}
          base={base}
          currentNumber={doc.version.number}
          versions={doc.versions.map((v) => ({ number: v.number, text: `${t("agreements.version.short", { number: v.number, label: v.label })} (${t(`agreements.status.${v.status}`)})` }))}
          source={source}
        />

        <form role="search" action={`${here}/soeg`} method="get" className="no-print flex max-w-xl flex-wrap items-end gap-3">
          <FormField name="q" type="search" label={t("agreements.search.label")} hint={t("agreements.search.hint")} state={IDLE} className="min-w-64 flex-1" />
          <Button type="submit" variant="secondary" className="mb-[1.6rem]">
            {t("agreements.search.submit")}
          </Button>
        </form>
      </header>

      <AgreementDocument doc={doc} t={t} historyBase={`${base}/historik`} />
    </div>
  );
}
