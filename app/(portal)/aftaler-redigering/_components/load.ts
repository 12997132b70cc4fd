import "server-only";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getVersionDocumentById } from "@/lib/domain/agreements/get-version-document";
import { orNotFound } from "@/lib/pages/or-not-found";

/** The signed-in actor and a version they may see (else 404), once per request for page and metadata. */
export const loadWorkspace = cache(async (versionId: string, path: string) => {
  const actor = await requireActor(path);
  const doc = await orNotFound(getVersionDocumentById(actor, { versionId }));
  return { actor, doc };
});

/** Messages for ?udfoert=… after a redirect (a fixed list: nothing from the URL is echoed). */
export const DONE: Record<string, string> = {
  oprettet: "agreements.done.created",
  tillaeg: "agreements.done.amendment",
  forpligtelse: "agreements.saved.obligation",
  slettet: "agreements.done.obligationDeleted",
  hoering: "agreements.saved.sentToConsultation",
  godkendt: "agreements.saved.approved",
  "alle-godkendt": "agreements.saved.approvedAll",
  "i-kraft": "agreements.saved.inForce",
  udloebet: "agreements.saved.expired",
};
