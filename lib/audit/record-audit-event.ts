import "server-only";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { actingOrganisationId } from "@/lib/rules/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  action: string; // verb.noun, e.g. "membership.grant"
  entityType: string; // model name, e.g. "Membership"
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one audit row inside the caller's transaction. It must be called with the transaction
 * client (`tx`), never the global one: if this insert fails, the change it describes rolls back.
 * Secrets (password hashes) must be stripped by the caller; `redact` below is a last guard.
 */
export async function recordAuditEvent(tx: Tx, actor: Actor | null, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(actor, event) });
}

function auditRow(actor: Actor | null, event: AuditInput) {
  return {
    actorUserId: actor?.userId ?? null,
    actorOrganisationId: actor ? actingOrganisationId(actor) : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: toJson(event.before),
    after: toJson(event.after),
  };
}

const SECRET_KEYS = new Set(["passwordHash", "password", "citizenCpr"]);

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? "[redacted]" : v))) as Prisma.InputJsonValue;
}

/** Many audit rows at once in the caller's transaction (a scheduled job's batch), same rules as above. */
export async function recordAuditEvents(tx: Tx, actor: Actor | null, events: readonly AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({ data: events.map((event) => auditRow(actor, event)) });
}
