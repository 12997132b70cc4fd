import { databaseReady } from "@/lib/domain/health/database-ready";

// Liveness and database readiness for load balancers and `npm start`'s wait loop.
export const dynamic = "force-dynamic";

export async function GET() {
  if (await databaseReady()) return Response.json({ status: "ok", database: "ok" });
  return Response.json({ status: "degraded", database: "unavailable" }, { status: 503 });
}
