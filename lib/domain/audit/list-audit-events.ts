import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewAuditTrail } from "@/lib/rules/users";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { AUDIT_PAGE_SIZE, listAuditEventsInput } from "./schemas";

export type AuditChange = { field: string; before: string; after: string; changed: boolean };

export type AuditEventDto = {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  organisationId: string | null;
  organisationName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** before/after side by side, field by field, for reading without JSON. */
  changes: AuditChange[];
};

export type AuditEventPage = { items: AuditEventDto[]; nextCursor: string | null };

/**
 * The audit trail for the administrator, newest first, filtered by acting user, acting organisation,
 * entity type and entity id; 50 per page with a keyset cursor (`before` = the last id seen), which
 * stays fast however long the append-only table grows.
 */
export async function listAuditEvents(actor: Actor | null, input: unknown): Promise<AuditEventPage> {
  const data = parseInput(listAuditEventsInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canViewAuditTrail(current)); // administrator only

  // Only filters that were given: each key is set from a defined value, never `undefined`.
  const where: Prisma.AuditEventWhereInput = {};
  if (data.userId) where.actorUserId = data.userId;
  if (data.organisationId) where.actorOrganisationId = data.organisationId;
  if (data.entityType) where.entityType = data.entityType;
  if (data.entityId) where.entityId = data.entityId;
  if (data.before) where.id = { lt: BigInt(data.before) };

  const rows = await db.auditEvent.findMany({
    where,
    // The id is the append order; occurredAt is the transaction's start and may tie.
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { actorUser: { select: { name: true, email: true } }, actorOrganisation: { select: { name: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    items: page.map((row) => ({
      id: row.id.toString(),
      occurredAt: row.occurredAt,
      actorUserId: row.actorUserId,
      actorName: row.actorUser?.name ?? null,
      actorEmail: row.actorUser?.email ?? null,
      organisationId: row.actorOrganisationId,
      organisationName: row.actorOrganisation?.name ?? null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      changes: auditChanges(row.before, row.after),
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id.toString() : null,
  };
}

/** Field-by-field view of two JSON snapshots (objects); anything else is shown as one "value" row. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if ((before == null || isRecord(before)) && (after == null || isRecord(after))) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return fields.map((field) => {
      const was = show(b[field]);
      const is = show(a[field]);
      return { field, before: before == null ? "" : was, after: after == null ? "" : is, changed: was !== is };
    });
  }
  const was = show(before);
  const is = show(after);
  return [{ field: "value", before: was, after: is, changed: was !== is }];
}

function show(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
