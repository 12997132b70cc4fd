import type { Metadata } from "next";
import { loadVersion, type VersionParams } from "./load-version";
import { isPartyCoordinator } from "@/lib/rules/agreements";
import { getTranslator } from "@/lib/i18n/server";
import { AgreementVersionView } from "../../../_components/version-view";

export async function generateMetadata({ params }: { params: VersionParams }): Promise<Metadata> {
  const { agreementId, number } = await params;
  const { doc } = await loadVersion(agreementId, number);
  return { title: `${doc.agreement.title} – ${doc.version.label}` };
}

/** An agreement version, read per request (a signed-in user: drafts they may see, the workspace link). */
export default async function AgreementVersionPage({ params }: { params: VersionParams }) {
  const { agreementId, number } = await params;
  const { actor, doc } = await loadVersion(agreementId, number);
  const { t } = await getTranslator();
  return <AgreementVersionView doc={doc} t={t} reader={{ canOpenWorkspace: isPartyCoordinator(actor, doc.facts) }} />;
}
