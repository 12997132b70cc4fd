/** Input schemas of the audit area; naming scheme as in lib/domain/users/schemas.ts. */
import { z } from "zod";

/** An empty query parameter ("") is "no filter". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
const text = z.string().trim().min(1).max(200);

export const AUDIT_PAGE_SIZE = 50;

export const listAuditEventsInput = z.object({
  userId: optional(text),
  organisationId: optional(text),
  entityType: optional(text),
  entityId: optional(text),
  /** Keyset cursor: show events older than this id (the audit table only ever grows). */
  before: optional(z.string().regex(/^\d{1,19}$/, { error: "validation.invalid" })),
});
export type ListAuditEventsInput = z.output<typeof listAuditEventsInput>;
