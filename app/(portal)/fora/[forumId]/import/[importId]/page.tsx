import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getInitiativeImport } from "@/lib/domain/initiatives/get-initiative-import";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { parseMessageRef } from "@/lib/validation/field-errors";
import { orNotFound, type SearchParams, doneMessage } from "@/lib/pages/or-not-found";
import { ConfirmButtons } from "./confirm-buttons";
import { ImportProgressPanel } from "./import-progress";
import { BadgeDanger, BadgeNeutral, BadgeSuccess, BadgeWarning, Banner, Caption, H1, H2, Panel, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ forumId: string; importId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.import.previewTitle") };
}

const VERDICT_BADGE = { create: BadgeSuccess, update: BadgeWarning, unchanged: BadgeNeutral, skip: BadgeNeutral, error: BadgeDanger } as const;
const OUTCOME_BADGE = { created: BadgeSuccess, updated: BadgeWarning, unchanged: BadgeNeutral, skipped: BadgeDanger } as const;

/**
 * Step 2 of 3: the preview with a verdict per row; after confirming, the report. While a job reads
 * or writes a large import (decision 033), its progress; when the job refused or failed, why.
 */
export default async function ImportPreviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId, importId } = await params;
  const actor = await requireActor(`/fora/${forumId}/import/${importId}`);
  const imp = await orNotFound(getInitiativeImport(actor, { importId }));
  const { t, locale } = await getTranslator();
  const showDone = doneMessage(t, "initiatives.import.done", (await searchParams).udfoert);
  const msg = (ref: string) => {
    const { key, params: p } = parseMessageRef(ref);
    return t.key(key, p);
  };
  const n = (v: number) => formatNumber(v, locale);
  const forumHref = `/fora/${encodeURIComponent(imp.forumId ?? forumId)}`;
  // A queued upload (or one whose job failed before reading it) has no rows to summarise yet.
  const read = imp.status !== "QUEUED" && !(imp.status === "FAILED" && imp.rows.length === 0 && !imp.fileProblems.length);

  return (
    <div>
      <p className="mb-2 text-sm">
        <TextLink as={Link} href={forumHref}>
          {t("forums.backTo", { name: imp.forumName ?? "" })}
        </TextLink>
      </p>
      <H1 className="mb-2">{imp.status === "CONFIRMED" ? t("initiatives.import.reportTitle") : t("initiatives.import.previewTitle")}</H1>
      <p className="mb-4 text-slate-800">
        {t("initiatives.import.fileLine", { file: imp.fileName, when: formatDateTime(imp.createdAt), stage: t(`initiatives.stage.${imp.stage}`) })}
      </p>
      {showDone ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {showDone}
        </Banner>
      ) : null}

      {imp.progress ? (
        <ImportProgressPanel importId={imp.id} href={`${forumHref}/import/${encodeURIComponent(imp.id)}`} status={imp.status} progress={imp.progress} />
      ) : null}
      {imp.status === "FAILED" ? (
        <Banner as="section" aria-labelledby="import-failed" tone="error" className="mb-6" data-testid="import-failed">
          <h2 id="import-failed" className="mb-1 font-semibold">
            {t("initiatives.import.failed.title")}
          </h2>
          <p>{msg(imp.failure ?? "initiatives.import.job.error")}</p>
          <p className="mt-2">
            <TextLink as={Link} href={`${forumHref}/import`}>
              {t("initiatives.import.failed.uploadAgain")}
            </TextLink>
          </p>
        </Banner>
      ) : null}

      {imp.fileProblems.length ? (
        <Banner as="section" aria-labelledby="file-problems" tone="warning" className="mb-6">
          <h2 id="file-problems" className="mb-1 font-semibold">
            {t("initiatives.import.fileProblems")}
          </h2>
          <ul className="list-disc pl-5">
            {imp.fileProblems.map((p) => (
              <li key={p}>{msg(p)}</li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {imp.unknownColumns.length ? <p className="mb-4">{t("initiatives.import.unknownColumns", { columns: imp.unknownColumns.join(", ") })}</p> : null}

      {imp.report ? (
        <Panel aria-labelledby="report" className="mb-6">
          <H2 id="report" className="mt-8 mt-0">
            {t("initiatives.import.reportSummary")}
          </H2>
          <p data-testid="import-report">
            {t("initiatives.import.reportLine", { created: n(imp.report.created), updated: n(imp.report.updated), unchanged: n(imp.report.unchanged), skipped: n(imp.report.skipped) })}
          </p>
          <p className="mt-2">
            <TextLink as={Link} href={`${forumHref}/tavle`}>
              {t("initiatives.import.toBoard")}
            </TextLink>
          </p>
        </Panel>
      ) : read ? (
        <Panel aria-labelledby="summary" className="mb-2">
          <H2 id="summary" className="mt-8 mt-0">
            {t("initiatives.import.summary")}
          </H2>
          <p data-testid="import-summary">
            {t("initiatives.import.summaryLine", {
              create: n(imp.summary.create),
              update: n(imp.summary.update),
              unchanged: n(imp.summary.unchanged),
              skip: n(imp.summary.skip),
              error: n(imp.summary.error),
              warnings: n(imp.summary.warnings),
            })}
          </p>
          {imp.status === "CANCELLED" ? <p className="mt-2 font-medium">{t("initiatives.import.cancelled")}</p> : null}
        </Panel>
      ) : null}

      {imp.status === "PREVIEW" ? (
        <ConfirmButtons
          forumId={imp.forumId ?? forumId}
          forumName={imp.forumName ?? ""}
          importId={imp.id}
          confirmable={imp.confirmable}
          count={imp.summary.create + imp.summary.update}
          groups={imp.groups}
          targets={imp.targets}
          mayCreate={imp.mayCreate}
        />
      ) : null}

      {imp.rows.length ? (
        <Table>
          <Caption>{t("initiatives.import.rowsCaption")}</Caption>
          <thead>
            <tr>
              <Th scope="col">{t("initiatives.import.row")}</Th>
              <Th scope="col">{t("initiatives.column.name")}</Th>
              <Th scope="col">{t("initiatives.column.forum")}</Th>
              <Th scope="col">{t("initiatives.column.decision")}</Th>
              <Th scope="col">{t("initiatives.import.verdict")}</Th>
              <Th scope="col">{t("initiatives.import.notes")}</Th>
            </tr>
          </thead>
          <tbody>
            {imp.rows.map((row) => {
              const outcome = imp.report?.rows.find((r) => r.rowNumber === row.rowNumber)?.outcome;
              return (
                <tr key={row.rowNumber}>
                  <Td>{row.rowNumber}</Td>
                  <Td as="th" scope="row" className="font-medium">
                    {row.title || <em>{t("initiatives.import.noTitle")}</em>}
                  </Td>
                  <Td>{row.forumLabel || "–"}</Td>
                  <Td>{row.decision ? t(`initiatives.decision.${row.decision}`) : "–"}</Td>
                  <Td>
                    {(() => {
                      const Badge = outcome ? OUTCOME_BADGE[outcome] : VERDICT_BADGE[row.verdict];
                      return <Badge>{outcome ? t(`initiatives.import.outcome.${outcome}`) : t(`initiatives.import.verdict.${row.verdict}`)}</Badge>;
                    })()}
                    {row.changes.length ? <span className="block text-sm">{row.changes.map((c) => t(`initiatives.import.change.${c}`)).join(", ")}</span> : null}
                  </Td>
                  <Td>
                    <ul>
                      {row.errors.map((e) => (
                        <li key={e} className="font-medium text-red-800">
                          {msg(e)}
                        </li>
                      ))}
                      {row.warnings.map((w) => (
                        <li key={w} className="text-amber-900">
                          ⚠ {msg(w)}
                        </li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
