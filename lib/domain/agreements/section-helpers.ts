import "server-only";
import type { Tx } from "@/lib/db/types";
import { InvalidError } from "@/lib/domain/errors";

/** A section number is a key within its version: "2.1.1" once. */
export async function ensureNumberFree(tx: Tx, versionId: string, number: string, exceptSectionId?: string): Promise<void> {
  const taken = await tx.section.findFirst({
    where: { versionId, number, ...(exceptSectionId ? { id: { not: exceptSectionId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new InvalidError("errors.invalid", { number: ["validation.agreements.numberTaken"] });
}
