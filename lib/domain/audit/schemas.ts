/** Input schemas of the audit area; naming scheme as in lib/domain/users/schemas.ts. */
import { z } from "zod";
import { optional, requiredText, text as textPrimitive } from "@/lib/validation/primitives";

/** A filter value from the query string; an empty one ("") is "no filter" (lib/validation/primitives). */
const text = requiredText(200);

export const AUDIT_PAGE_SIZE = 50;

export const listAuditEventsInput = z.object({
  userId: optional(text),
  organisationId: optional(text),
  entityType: optional(text),
  entityId: optional(text),
  /** Keyset cursor: show events older than this id (the audit table only ever grows). */
  before: optional(textPrimitive().regex(/^\d{1,19}$/, { error: "validation.invalid" })),
});
export type ListAuditEventsInput = z.output<typeof listAuditEventsInput>;
