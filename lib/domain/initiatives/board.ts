/**
 * Counting decisions for the status boards. Pure: shared by the forum board and the cross-forum board.
 */
import type { DecisionStage, InitiativeDecisionKind } from "@/lib/generated/prisma/enums";

export type DecisionCounts = {
  total: number;
  /** Current decision Videreføres / Afvikles (either stage), or none yet. */
  continue: number;
  windDown: number;
  undecided: number;
  /** Of the decided ones: how many are final. */
  final: number;
  stale: number;
  warnings: number;
};

export const emptyCounts = (): DecisionCounts => ({ total: 0, continue: 0, windDown: 0, undecided: 0, final: 0, stale: 0, warnings: 0 });

export function addToCounts(
  counts: DecisionCounts,
  row: { decision: { decision: InitiativeDecisionKind; stage: DecisionStage } | null; stale: boolean; warnings: readonly string[] },
): void {
  counts.total++;
  if (!row.decision) counts.undecided++;
  else {
    if (row.decision.decision === "CONTINUE") counts.continue++;
    else counts.windDown++;
    if (row.decision.stage === "FINAL") counts.final++;
  }
  if (row.stale) counts.stale++;
  if (row.warnings.length) counts.warnings++;
}

export type BoardFilter = { decision?: "CONTINUE" | "WIND_DOWN" | "NONE"; stage?: DecisionStage; stale?: boolean; warnings?: boolean };

export function matchesFilter(
  row: { decision: { decision: InitiativeDecisionKind; stage: DecisionStage } | null; stale: boolean; warnings: readonly string[] },
  filter: BoardFilter,
): boolean {
  if (filter.decision === "NONE" && row.decision) return false;
  if (filter.decision && filter.decision !== "NONE" && row.decision?.decision !== filter.decision) return false;
  if (filter.stage && row.decision?.stage !== filter.stage) return false;
  if (filter.stale && !row.stale) return false;
  if (filter.warnings && row.warnings.length === 0) return false;
  return true;
}
