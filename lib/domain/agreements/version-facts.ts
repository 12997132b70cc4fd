import "server-only";
/**
 * Loads an agreement version scoped to the actor, with the facts the rules need, after taking a row
 * lock on it. Content edits take a SHARE lock (editors do not block each other; row versions settle
 * their races), structure changes and lifecycle steps an UPDATE lock — so no edit lands in a version
 * while it is sent to consultation, approved or copied, and two approvals never both miss being last.
 */
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import type { VersionFacts } from "@/lib/rules/agreements";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed } from "@/lib/domain/pipeline";
import { canEditVersion } from "@/lib/rules/agreements";
import { visibleVersionsWhere } from "./scope";

export type LockMode = "share" | "update";

export async function lockVersionRow(tx: Tx, versionId: string, mode: LockMode): Promise<void> {
  if (mode === "update") await tx.$queryRaw`SELECT 1 FROM "AgreementVersion" WHERE id = ${versionId} FOR UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM "AgreementVersion" WHERE id = ${versionId} FOR SHARE`;
}

export async function lockAgreementRow(tx: Tx, agreementId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Agreement" WHERE id = ${agreementId} FOR UPDATE`;
}

export const versionFactsSelect = {
  id: true,
  agreementId: true,
  number: true,
  label: true,
  status: true,
  version: true,
  summary: true,
  inForceFrom: true,
  inForceTo: true,
  consultationEndsAt: true,
  consultationStartedAt: true,
  approvedAt: true,
  agreement: { select: { id: true, regionId: true, title: true, periodStart: true, periodEnd: true } },
  parties: { select: { organisationId: true, partyKind: true, approvingBody: true } },
  approvals: { select: { organisationId: true } },
} as const;

export type LoadedVersion = {
  id: string;
  agreementId: string;
  number: number;
  label: string;
  status: VersionFacts["status"];
  version: number;
  summary: string | null;
  inForceFrom: Date | null;
  inForceTo: Date | null;
  consultationEndsAt: Date | null;
  consultationStartedAt: Date | null;
  approvedAt: Date | null;
  agreement: { id: string; regionId: string; title: string; periodStart: Date; periodEnd: Date };
  parties: { organisationId: string; partyKind: PartyKind; approvingBody: string }[];
  approvals: { organisationId: string }[];
};

/** What the rules need of a loaded version — any query that selected these fields will do. */
export type VersionFactsSource = {
  status: LoadedVersion["status"];
  agreement: { regionId: string };
  parties: { organisationId: string }[];
  approvals: { organisationId: string }[];
};

export function factsOf(version: VersionFactsSource): VersionFacts {
  return {
    status: version.status,
    regionId: version.agreement.regionId,
    partyOrganisationIds: version.parties.map((p) => p.organisationId),
    approvedOrganisationIds: version.approvals.map((a) => a.organisationId),
  };
}

/** Locks, then loads the version if the actor may see it; otherwise NotFoundError (same as "does not exist"). */
export async function loadVersionForChange(tx: Tx, actor: Actor, versionId: string, lock: LockMode): Promise<LoadedVersion> {
  await lockVersionRow(tx, versionId, lock);
  const version = await tx.agreementVersion.findFirst({
    where: { AND: [{ id: versionId }, visibleVersionsWhere(actor)] }, // scoped: drafts only for the parties' coordinators
    select: versionFactsSelect,
  });
  if (!version) throw new NotFoundError();
  return version;
}

/** The version a section belongs to, if the actor may see the section. */
export async function versionIdOfSection(tx: Tx, actor: Actor, sectionId: string): Promise<string> {
  const section = await tx.section.findFirst({
    where: { AND: [{ id: sectionId }, { agreementVersion: visibleVersionsWhere(actor) }] }, // scoped
    select: { versionId: true },
  });
  if (!section) throw new NotFoundError();
  return section.versionId;
}

/**
 * The first steps of every change to a section or what hangs on it: the section's version (scoped),
 * locked and loaded, and the rule that the actor may edit it (canEditVersion) — else refused.
 */
export async function editableVersionOfSection(tx: Tx, actor: Actor, sectionId: string, lock: LockMode): Promise<{ versionId: string; version: LoadedVersion }> {
  const versionId = await versionIdOfSection(tx, actor, sectionId);
  const version = await loadVersionForChange(tx, actor, versionId, lock);
  ensureAllowed(canEditVersion(actor, factsOf(version)));
  return { versionId, version };
}
