import "server-only";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { orNotFound } from "@/lib/pages/or-not-found";

export type VersionParams = Promise<{ agreementId: string; number: string }>;

/** The version a per-request reading page shows, for the request's actor — once per request (metadata and page share it). */
export const loadVersion = cache(async (agreementId: string, number: string) => {
  const actor = await getActor();
  return { actor, doc: await orNotFound(getVersionDocument(actor, { agreementId, number })) };
});
