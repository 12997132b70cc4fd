"use server";
/** The job queue's admin action (defineAction, decision 017): run a failed job again. */
import { defineAction } from "@/lib/actions/define-action";
import { retryJob } from "@/lib/domain/jobs/queue-admin";

export const retryJobAction = defineAction({
  name: "jobs.retry",
  run: retryJob,
  revalidate: ["/admin/job"],
  done: () => ({ redirect: "/admin/job?udfoert=retried" }),
  onError: { redirectTo: () => "/admin/job" },
});
