import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewAuditTrail } from "@/lib/rules/users";
import { compareDanish } from "@/lib/i18n/format";
import { ensureAllowed, requireSignedIn } from "@/lib/domain/pipeline";

export type AuditFilterOptions = {
  users: { id: string; label: string }[];
  organisations: { id: string; label: string }[];
  entityTypes: string[];
};

/** The choices of the audit trail's filter form (administrator only). */
export async function listAuditFilterOptions(actor: Actor | null): Promise<AuditFilterOptions> {
  const current = requireSignedIn(actor);
  ensureAllowed(canViewAuditTrail(current)); // administrator only

  const [users, organisations, entityTypes] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true } }),
    db.organisation.findMany({ select: { id: true, name: true } }),
    // GROUP BY in SQL (Prisma's `distinct` would de-duplicate in memory).
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })).sort((a, b) => compareDanish(a.label, b.label)),
    organisations: organisations.map((o) => ({ id: o.id, label: o.name })).sort((a, b) => compareDanish(a.label, b.label)),
    entityTypes: entityTypes.map((e) => e.entityType),
  };
}
