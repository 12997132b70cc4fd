import { z } from "zod";
import { id, optional } from "@/lib/validation/primitives";

/** The compliance view's filters: a region (default: the actor's own) and a year (default: this one). */
export const complianceViewInput = z.object({
  /** A forum: the view of its area (its region and organisations). */
  forumId: optional(id),
  regionId: optional(id),
  year: z.preprocess((v) => (v === "" || v === undefined ? new Date().getFullYear() : v), z.coerce.number().int().min(2000).max(2100)),
});
export type ComplianceViewInput = z.output<typeof complianceViewInput>;
