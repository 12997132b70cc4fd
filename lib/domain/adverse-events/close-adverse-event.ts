import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { closeAdverseEventInput } from "./schemas";
import { runAdverseEventStep } from "./step";
import type { AdverseEventChangeDto } from "./dto";

/**
 * The primary case handler closes the case with the action plan, what counts as implemented (each
 * party's follow-up) and the anonymised summary shared with the cross-sector network. Whether it was
 * closed within its 90 days is the compliance view's to tell (closedAt against closeDueAt).
 */
export async function closeAdverseEvent(actor: Actor | null, input: unknown): Promise<AdverseEventChangeDto> {
  const data = parseInput(closeAdverseEventInput, input);
  return runAdverseEventStep(actor, "close", data, ({ now }) => ({
    actionPlan: data.actionPlan,
    implementationCriteria: data.implementationCriteria,
    summary: data.summary,
    closedAt: now,
  }));
}
