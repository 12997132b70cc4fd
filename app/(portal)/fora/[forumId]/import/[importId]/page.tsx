import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getInitiativeImport } from "@/lib/domain/initiatives/get-initiative-import";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { parseMessageRef } from "@/lib/validation/field-errors";
import { orNotFound, type SearchParams, doneMessage } from "../../../_components/or-not-found";
import { badgeContinue, badgeNone, badgeWarn, badgeWindDown, caption, h1, h2, link, panel, table, td, th, warning } from "../../../_components/styles";
import { ConfirmButtons } from "./confirm-buttons";

type Params = Promise<{ forumId: string; importId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.import.previewTitle") };
}

const VERDICT_BADGE = { create: badgeContinue, update: badgeWarn, unchanged: badgeNone, skip: badgeNone, error: badgeWindDown } as const;
const OUTCOME_BADGE = { created: badgeContinue, updated: badgeWarn, unchanged: badgeNone, skipped: badgeWindDown } as const;

/** Step 2 of 3: the preview with a verdict per row; after confirming, the report. */
export default async function ImportPreviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { forumId, importId } = await params;
  const actor = await requireActor(`/fora/${forumId}/import/${importId}`);
  const imp = await orNotFound(getInitiativeImport(actor, { importId }));
  const { t, locale } = await getTranslator();
  const showDone = doneMessage(t, "initiatives.import.done", (await searchParams).udfoert);
  const msg = (ref: string) => {
    const { key, params: p } = parseMessageRef(ref);
    return t(key, p);
  };
  const n = (v: number) => formatNumber(v, locale);
  const forumHref = `/fora/${encodeURIComponent(imp.forumId ?? forumId)}`;

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={forumHref} className={link}>
          {t("forums.backTo", { name: imp.forumName ?? "" })}
        </Link>
      </p>
      <h1 className={`${h1} mb-2`}>{imp.status === "CONFIRMED" ? t("initiatives.import.reportTitle") : t("initiatives.import.previewTitle")}</h1>
      <p className="mb-4 text-slate-800">
        {t("initiatives.import.fileLine", { file: imp.fileName, when: formatDateTime(imp.createdAt), stage: t(`initiatives.stage.${imp.stage}`) })}
      </p>
      {showDone ? (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {showDone}
        </p>
      ) : null}

      {imp.fileProblems.length ? (
        <section aria-labelledby="file-problems" className={`${warning} mb-6`}>
          <h2 id="file-problems" className="mb-1 font-semibold">
            {t("initiatives.import.fileProblems")}
          </h2>
          <ul className="list-disc pl-5">
            {imp.fileProblems.map((p) => (
              <li key={p}>{msg(p)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {imp.unknownColumns.length ? <p className="mb-4">{t("initiatives.import.unknownColumns", { columns: imp.unknownColumns.join(", ") })}</p> : null}

      {imp.report ? (
        <section aria-labelledby="report" className={`${panel} mb-6`}>
          <h2 id="report" className={`${h2} mt-0`}>
            {t("initiatives.import.reportSummary")}
          </h2>
          <p data-testid="import-report">
            {t("initiatives.import.reportLine", { created: n(imp.report.created), updated: n(imp.report.updated), unchanged: n(imp.report.unchanged), skipped: n(imp.report.skipped) })}
          </p>
          <p className="mt-2">
            <Link href={`${forumHref}/tavle`} className={link}>
              {t("initiatives.import.toBoard")}
            </Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="summary" className={`${panel} mb-2`}>
          <h2 id="summary" className={`${h2} mt-0`}>
            {t("initiatives.import.summary")}
          </h2>
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
        </section>
      )}

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
        <table className={table}>
          <caption className={caption}>{t("initiatives.import.rowsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("initiatives.import.row")}</th>
              <th scope="col" className={th}>{t("initiatives.column.name")}</th>
              <th scope="col" className={th}>{t("initiatives.column.forum")}</th>
              <th scope="col" className={th}>{t("initiatives.column.decision")}</th>
              <th scope="col" className={th}>{t("initiatives.import.verdict")}</th>
              <th scope="col" className={th}>{t("initiatives.import.notes")}</th>
            </tr>
          </thead>
          <tbody>
            {imp.rows.map((row) => {
              const outcome = imp.report?.rows.find((r) => r.rowNumber === row.rowNumber)?.outcome;
              return (
                <tr key={row.rowNumber}>
                  <td className={td}>{row.rowNumber}</td>
                  <th scope="row" className={`${td} font-medium`}>
                    {row.title || <em>{t("initiatives.import.noTitle")}</em>}
                  </th>
                  <td className={td}>{row.forumLabel || "–"}</td>
                  <td className={td}>{row.decision ? t(`initiatives.decision.${row.decision}`) : "–"}</td>
                  <td className={td}>
                    {outcome ? (
                      <span className={OUTCOME_BADGE[outcome]}>{t(`initiatives.import.outcome.${outcome}`)}</span>
                    ) : (
                      <span className={VERDICT_BADGE[row.verdict]}>{t(`initiatives.import.verdict.${row.verdict}`)}</span>
                    )}
                    {row.changes.length ? <span className="block text-sm">{row.changes.map((c) => t(`initiatives.import.change.${c}`)).join(", ")}</span> : null}
                  </td>
                  <td className={td}>
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
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
