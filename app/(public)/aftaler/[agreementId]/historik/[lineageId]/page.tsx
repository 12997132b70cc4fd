import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { getSectionHistory } from "@/lib/domain/agreements/section-history";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { FormField } from "@/components/forms/form-field";
import { IDLE } from "@/lib/domain/action-state";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { DiffView, diffLabels } from "../../../_components/diff-view";
import { buttonPrimary, h1, h2, link, table, td, th } from "../../../_components/styles";
import { hasChanges } from "@/lib/domain/agreements/diff";

type Params = Promise<{ agreementId: string; lineageId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("agreements.history.title") };
}

/** Every saved revision of a section (across the agreement's versions) and a diff of any two. */
export default async function SectionHistoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { agreementId, lineageId } = await params;
  const query = await searchParams;
  const { t } = await getTranslator();
  const history = await orNotFound(getSectionHistory(await getActor(), { agreementId, lineageId, from: first(query.fra) ?? "", to: first(query.til) ?? "" }));
  const labels = diffLabels(t);
  const latest = history.revisions[0];
  const revisionLabel = (r: (typeof history.revisions)[number]) =>
    t("agreements.history.revisionLabel", { version: r.versionNumber, revision: r.revision, when: formatDateTime(r.createdAt), who: r.authorName ?? t("agreements.history.unknownAuthor") });
  const options = history.revisions.map((r) => ({ value: r.id, label: revisionLabel(r) }));

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/aftaler/${encodeURIComponent(history.agreement.id)}`} className={link}>
          {history.agreement.title}
        </Link>
      </p>
      <h1 className={h1}>{latest ? t("agreements.history.titleFor", { number: latest.number, title: latest.title }) : t("agreements.history.title")}</h1>
      {history.revisions.length === 0 ? (
        <p>{t("agreements.history.none")}</p>
      ) : (
        <>
          <section aria-labelledby="revisions">
            <h2 id="revisions" className={h2}>{t("agreements.history.revisions")}</h2>
            <table className={table}>
              <caption className="sr-only">{t("agreements.history.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>{t("agreements.history.version")}</th>
                  <th scope="col" className={th}>{t("agreements.history.revision")}</th>
                  <th scope="col" className={th}>{t("agreements.history.savedAt")}</th>
                  <th scope="col" className={th}>{t("agreements.history.savedBy")}</th>
                  <th scope="col" className={th}>{t("agreements.history.heading")}</th>
                </tr>
              </thead>
              <tbody>
                {history.revisions.map((r) => (
                  <tr key={r.id}>
                    <td className={td}>{t("agreements.version.short", { number: r.versionNumber, label: r.versionLabel })}</td>
                    <td className={`${td} tabular-nums`}>{r.revision}</td>
                    <td className={td}>{formatDateTime(r.createdAt)}</td>
                    <td className={td}>{r.authorName ?? t("agreements.history.unknownAuthor")}</td>
                    <td className={td}>
                      {r.number} {r.title}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="compare">
            <h2 id="compare" className={h2}>{t("agreements.history.compare")}</h2>
            <form method="get" className="flex flex-wrap items-end gap-4">
              <FormField as="select" name="fra" label={t("agreements.compare.from")} options={options} defaultValue={history.from?.id} state={IDLE} />
              <FormField as="select" name="til" label={t("agreements.compare.to")} options={options} defaultValue={history.to?.id} state={IDLE} />
              <button type="submit" className={`${buttonPrimary} mb-[1.6rem]`}>
                {t("agreements.compare.submit")}
              </button>
            </form>
            {history.diff && history.from && history.to ? (
              <div className="mt-4 space-y-3">
                <p role="status">{t("agreements.history.comparing", { from: revisionLabel(history.from), to: revisionLabel(history.to) })}</p>
                <p className="text-sm text-slate-800">{t("agreements.diff.legend")}</p>
                {hasChanges(history.diff.number) ? (
                  <div>
                    <h3 className="font-semibold">{t("agreements.sectionField.number")}</h3>
                    <DiffView parts={history.diff.number} labels={labels} />
                  </div>
                ) : null}
                <div>
                  <h3 className="font-semibold">{t("agreements.sectionField.title")}</h3>
                  <DiffView parts={history.diff.title} labels={labels} />
                </div>
                <div>
                  <h3 className="font-semibold">{t("agreements.sectionField.body")}</h3>
                  <DiffView parts={history.diff.body} labels={labels} />
                </div>
                {!hasChanges(history.diff.title) && !hasChanges(history.diff.body) && !hasChanges(history.diff.number) ? <p>{t("agreements.history.same")}</p> : null}
              </div>
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}
