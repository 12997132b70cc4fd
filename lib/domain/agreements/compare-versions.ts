import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { compareVersionsInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";
import { loadVersionSnapshot } from "./snapshot";
import { compareVersionContents, type VersionComparison } from "./diff";

export type VersionRef = { id: string; number: number; label: string; status: AgreementStatus };

export type VersionCompareResult = {
  agreement: { id: string; title: string };
  versions: VersionRef[];
  from: VersionRef;
  to: VersionRef;
  comparison: VersionComparison;
};

/**
 * Compares two versions of one agreement (both visible to the actor): sections and obligations
 * matched by lineageId; changed obligations (party, deadline, modality…) apart from changed text.
 */
export async function compareVersions(actor: Actor | null, input: unknown): Promise<VersionCompareResult> {
  const data = parseInput(compareVersionsInput, input);
  const agreement = await db.agreement.findFirst({
    where: { id: data.agreementId },
    select: {
      id: true,
      title: true,
      versions: { where: visibleVersionsWhere(actor), select: { id: true, number: true, label: true, status: true }, orderBy: { number: "asc" } }, // scoped
    },
  });
  const from = agreement?.versions.find((v) => v.number === data.from);
  const to = agreement?.versions.find((v) => v.number === data.to);
  if (!agreement || !from || !to) throw new NotFoundError();
  const [a, b] = await Promise.all([loadVersionSnapshot(db, from.id), loadVersionSnapshot(db, to.id)]);
  return { agreement: { id: agreement.id, title: agreement.title }, versions: agreement.versions, from, to, comparison: compareVersionContents(a, b) };
}
