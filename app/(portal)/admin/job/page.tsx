import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canManageJobs } from "@/lib/rules/users";
import { JOB_VIEWS, listJobs, type JobRowDto } from "@/lib/domain/jobs/queue-admin";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { first } from "@/lib/validation/primitives";
import { Banner, Button, DataTable, H1, Intro, Tabs, type Column } from "@/components/ui";
import { retryJobAction } from "./actions";

export const generateMetadata = titled("admin.jobs.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /admin/job — the job queue: scheduled, running, failed (with the error, and "run again"), completed. */
export default async function JobsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/admin/job");
  if (!canManageJobs(actor).allowed) notFound(); // listJobs checks again
  const { t } = await getTranslator();
  const params = await searchParams;
  const overview = await listJobs(actor, { view: first(params.visning) });
  const error = first(params.fejl);

  const columns: Column<JobRowDto>[] = [
    { header: t("admin.jobs.name"), cell: (job) => job.name, rowHeader: true },
    { header: t("admin.jobs.state"), cell: (job) => t.key(`admin.jobs.state.${job.state}`) },
    { header: t("admin.jobs.when"), cell: (job) => <time dateTime={job.at.toISOString()}>{formatDateTime(job.at)}</time> },
    { header: t("admin.jobs.attempts"), cell: (job) => job.attempts },
    { header: t("admin.jobs.error"), cell: (job) => (job.error ? <span className="break-all">{job.error}</span> : "—") },
  ];
  if (overview.view === "failed") {
    columns.push({
      header: t("admin.jobs.retry"),
      cell: (job) => (
        <form action={retryJobAction}>
          <input type="hidden" name="jobId" value={job.id} />
          <input type="hidden" name="name" value={job.name} />
          <Button type="submit" variant="secondary">
            {t("admin.jobs.retry")}
          </Button>
        </form>
      ),
    });
  }

  return (
    <div>
      <H1 className="mb-2">{t("admin.jobs.title")}</H1>
      <Intro>{t("admin.jobs.intro")}</Intro>
      {first(params.udfoert) === "retried" ? (
        <Banner tone="success" live className="mb-4">
          {t("admin.jobs.retried")}
        </Banner>
      ) : null}
      {error ? (
        <Banner tone="error" live className="mb-4">
          {t.key(error)}
        </Banner>
      ) : null}
      {!overview.available ? (
        <Banner tone="warning">{t("admin.jobs.off")}</Banner>
      ) : (
        <>
          <p className="mb-3">{t("admin.jobs.summary", overview.counts)}</p>
          <Tabs
            label={t("admin.jobs.state")}
            className="mb-4"
            tabs={JOB_VIEWS.map((view) => ({ href: `/admin/job?visning=${view}`, label: t.key(`admin.jobs.view.${view}`), current: view === overview.view, count: overview.counts[view], alert: view === "failed" && overview.counts.failed > 0 }))}
          />
          <DataTable caption={t.key(`admin.jobs.view.${overview.view}`)} columns={columns} rows={overview.jobs} rowKey={(job) => job.id} empty={t("admin.jobs.none")} />
        </>
      )}
    </div>
  );
}
