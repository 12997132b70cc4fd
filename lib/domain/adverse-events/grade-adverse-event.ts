import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { checkGrading } from "@/lib/rules/adverse-events";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { gradeAdverseEventInput } from "./schemas";
import { runAdverseEventStep } from "./step";
import type { AdverseEventChangeDto } from "./dto";

/** A party's risk manager grades the event and names the primary case handler (one of the parties). */
export async function gradeAdverseEvent(actor: Actor | null, input: unknown): Promise<AdverseEventChangeDto> {
  const data = parseInput(gradeAdverseEventInput, input);
  return runAdverseEventStep(actor, "grade", data, ({ state, now }) => {
    const grading = { grade: data.grade, primaryHandlerOrganisationId: data.primaryHandlerOrganisationId, analysisGroup: data.analysisGroup ?? null };
    const check = checkGrading(state, grading);
    if (!check.allowed) {
      const field = check.reason === "adverseEvents.reason.analysisGroupRequired" ? "analysisGroup" : "primaryHandlerOrganisationId";
      throw new InvalidError("errors.invalid", { [field]: [check.reason] });
    }
    return { ...grading, analysisGroup: data.grade === "SERIOUS" ? grading.analysisGroup : null, gradedAt: now };
  });
}
