import "server-only";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { orNotFound } from "@/lib/pages/or-not-found";
import { notePublicVersion } from "@/lib/domain/agreements/public-versions";
import { isPublicStatus } from "@/lib/rules/agreements";

export type VersionParams = Promise<{ agreementId: string; number: string }>;

/**
 * The version a per-request reading page shows, for the request's actor — once per request (metadata
 * and page share it). A public version is noted, so proxy.ts sends the next signed-in reader of it to
 * the cached page (lib/domain/agreements/public-versions.ts).
 */
export const loadVersion = cache(async (agreementId: string, number: string) => {
  const actor = await getActor();
  const doc = await orNotFound(getVersionDocument(actor, { agreementId, number }));
  notePublicVersion(doc.agreement.id, doc.version.number, isPublicStatus(doc.version.status));
  return { actor, doc };
});
