import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canReadVersion, isPartyCoordinator, PUBLIC_STATUSES } from "@/lib/rules/agreements";
import { factsOf } from "./version-facts";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput } from "@/lib/domain/pipeline";
import { versionRefInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";

/** What a version's reading page shows for this reader beyond what everybody sees. */
export type VersionReader = {
  /** The actor coordinates a party of the version: the workspace link. */
  canOpenWorkspace: boolean;
  /** The agreement's versions the actor may see that are not public (their drafts), by number. */
  drafts: { number: number; label: string; status: AgreementStatus }[];
};

/**
 * The per-reader part of a version's reading page (by its public URL's agreement and number), for the
 * reader island of the cached page (decision 037): the page itself is the same for everybody, this is
 * what the per-request page would add for the actor. Scoped like getVersionDocument: a version the
 * actor may not read is not found.
 */
export async function getVersionReader(actor: Actor | null, input: unknown): Promise<VersionReader> {
  const data = parseInput(versionRefInput, input);
  const v = await db.agreementVersion.findFirst({
    where: { AND: [{ agreementId: data.agreementId, number: data.number }, visibleVersionsWhere(actor)] }, // scoped
    select: { status: true, agreement: { select: { regionId: true } }, parties: { select: { organisationId: true } }, approvals: { select: { organisationId: true } } },
  });
  if (!v) throw new NotFoundError();
  const facts = factsOf(v);
  ensureAllowed(canReadVersion(actor, facts));
  const drafts = actor
    ? await db.agreementVersion.findMany({
        where: { AND: [{ agreementId: data.agreementId }, visibleVersionsWhere(actor), { status: { notIn: [...PUBLIC_STATUSES] } }] }, // scoped
        select: { number: true, label: true, status: true },
        orderBy: { number: "asc" },
      })
    : [];
  return { canOpenWorkspace: isPartyCoordinator(actor, facts), drafts };
}
