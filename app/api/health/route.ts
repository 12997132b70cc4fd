import { databaseReady } from "@/lib/domain/health/database-ready";
import { jobsHealth, smtpHealth } from "@/lib/domain/health/jobs-health";

// Liveness and readiness for load balancers and `npm start`'s wait loop: the database (503 when it
// does not answer), the job queue ("ok" or the number of failed jobs) and, when e-mail is configured,
// the SMTP connection. A failed job or SMTP trouble is reported but keeps the server in rotation.
export const dynamic = "force-dynamic";

export async function GET() {
  if (!(await databaseReady())) return Response.json({ status: "degraded", database: "unavailable" }, { status: 503 });
  const [jobs, smtp] = await Promise.all([jobsHealth(), smtpHealth()]);
  return Response.json({ status: "ok", database: "ok", jobs, ...(smtp ? { smtp } : {}) });
}
