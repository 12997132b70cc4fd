/**
 * What every app server and job worker of an end-to-end run is started with, beyond the database:
 * Playwright's web server (playwright.config.ts) and the second server and worker that
 * tests/e2e/two-servers.spec.ts starts. One list, so a process started by a spec cannot differ.
 *
 * - JOBS_UNSCHEDULED: the demo agreement's period (2015–2018) has ended, so the hourly
 *   agreement-lifecycle job would expire it — and every amended version of it a spec brought into
 *   force — in the middle of any run that passes :05, and the specs reading the agreement in force,
 *   and the security matrix's audit count, would depend on the hour. Schedules live in PostgreSQL: a
 *   worker started without this setting installs the schedule for all of them (it happened: the
 *   two-servers spec's worker did, and the job expired an agreement during the matrix).
 */
export const E2E_SERVER_ENV = {
  JOBS_UNSCHEDULED: "agreement-lifecycle",
} as const;
