import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { getSectionHistory } from "@/lib/domain/agreements/section-history";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { DiffView, diffLabels } from "../../../_components/diff-view";
import { hasChanges } from "@/lib/domain/agreements/diff";
import { Button, H1, H2, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ agreementId: string; lineageId: string }>;

export const generateMetadata = titled("agreements.history.title");

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
        <TextLink as={Link} href={`/aftaler/${encodeURIComponent(history.agreement.id)}`}>
          {history.agreement.title}
        </TextLink>
      </p>
      <H1>{latest ? t("agreements.history.titleFor", { number: latest.number, title: latest.title }) : t("agreements.history.title")}</H1>
      {history.revisions.length === 0 ? (
        <p>{t("agreements.history.none")}</p>
      ) : (
        <>
          <section aria-labelledby="revisions">
            <H2 id="revisions">{t("agreements.history.revisions")}</H2>
            <Table>
              <caption className="sr-only">{t("agreements.history.caption")}</caption>
              <thead>
                <tr>
                  <Th scope="col">{t("agreements.history.version")}</Th>
                  <Th scope="col">{t("agreements.history.revision")}</Th>
                  <Th scope="col">{t("agreements.history.savedAt")}</Th>
                  <Th scope="col">{t("agreements.history.savedBy")}</Th>
                  <Th scope="col">{t("agreements.history.heading")}</Th>
                </tr>
              </thead>
              <tbody>
                {history.revisions.map((r) => (
                  <tr key={r.id}>
                    <Td>{t("agreements.version.short", { number: r.versionNumber, label: r.versionLabel })}</Td>
                    <Td className="tabular-nums">{r.revision}</Td>
                    <Td>{formatDateTime(r.createdAt)}</Td>
                    <Td>{r.authorName ?? t("agreements.history.unknownAuthor")}</Td>
                    <Td>
                      {r.number} {r.title}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>

          <section aria-labelledby="compare">
            <H2 id="compare">{t("agreements.history.compare")}</H2>
            <form method="get" className="flex flex-wrap items-end gap-4">
              <FormField as="select" name="fra" label={t("agreements.compare.from")} options={options} defaultValue={history.from?.id} state={IDLE} />
              <FormField as="select" name="til" label={t("agreements.compare.to")} options={options} defaultValue={history.to?.id} state={IDLE} />
              <Button type="submit" className="mb-[1.6rem]">
                {t("agreements.compare.submit")}
              </Button>
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
