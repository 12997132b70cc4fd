import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { analyseAdverseEventInput } from "./schemas";
import { runAdverseEventStep } from "./step";
import type { AdverseEventChangeDto } from "./dto";

/** The primary case handler's risk manager records the (cross-sector) analysis. */
export async function analyseAdverseEvent(actor: Actor | null, input: unknown): Promise<AdverseEventChangeDto> {
  const data = parseInput(analyseAdverseEventInput, input);
  return runAdverseEventStep(actor, "analyse", data, ({ now }) => ({ analysis: data.analysis, analysedAt: now }));
}
