/**
 * Which agreement versions this server process has seen in a public state (approved, in force,
 * expired, superseded) — so proxy.ts can send a *signed-in* reader of such a version to the cached
 * reading page too (docs/decisions/037-agreement-page-render-cost.md, "Signed-in readers").
 *
 * A version's public state is a fact about the version, the same for every reader, and it only moves
 * forward (a draft goes to consultation, is approved, comes into force, is superseded or expires;
 * versions are never deleted, numbers never reused). So the reading pages note it whenever they load a
 * version, and a version not (yet) noted simply stays with the per-request page. What this can get
 * wrong, and what that costs:
 * - a public version not noted (a fresh process, another server rendered it): one per-request page,
 *   which notes it;
 * - a version noted but not public (impossible while states only move forward; a database restored
 *   under a running server): the cached page loads it without an actor, answers 404, and forgets it.
 * Never a leak: the cached page never loads with an actor, so a draft is never in it.
 *
 * The set lives on `globalThis` because proxy.ts and the pages are separate bundles in one process
 * (Next runs the Node.js proxy in-process); were they ever not, the proxy would see an empty set and
 * every signed-in reader would keep the per-request page — slower, not wrong. Pure: no Next, no database.
 */

const REGISTRY = Symbol.for("sundhedsaftaleportalen.publicAgreementVersions");

function registry(): Set<string> {
  const global = globalThis as { [REGISTRY]?: Set<string> };
  return (global[REGISTRY] ??= new Set());
}

const entry = (agreementId: string, number: string | number) => `${agreementId}/${number}`;

/** A reading page loaded version `number` of `agreementId` and found it public (or not). */
export function notePublicVersion(agreementId: string, number: string | number, isPublic: boolean): void {
  if (isPublic) registry().add(entry(agreementId, number));
  else registry().delete(entry(agreementId, number));
}

/** Whether this process has seen version `number` of `agreementId` in a public state. */
export function isKnownPublicVersion(agreementId: string, number: string | number): boolean {
  return registry().has(entry(agreementId, number));
}
