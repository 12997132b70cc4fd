import type { Metadata } from "next";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { isPartyCoordinator } from "@/lib/rules/agreements";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { AgreementVersionView } from "../../../_components/version-view";

type Params = Promise<{ agreementId: string; number: string }>;

const load = cache(async (agreementId: string, number: string) => {
  const actor = await getActor();
  return { actor, doc: await orNotFound(getVersionDocument(actor, { agreementId, number })) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { agreementId, number } = await params;
  const { doc } = await load(agreementId, number);
  return { title: `${doc.agreement.title} – ${doc.version.label}` };
}

/** An agreement version, read per request (a signed-in user: drafts they may see, the workspace link). */
export default async function AgreementVersionPage({ params }: { params: Params }) {
  const { agreementId, number } = await params;
  const { actor, doc } = await load(agreementId, number);
  const { t } = await getTranslator();
  return <AgreementVersionView doc={doc} t={t} canOpenWorkspace={isPartyCoordinator(actor, doc.facts)} />;
}
