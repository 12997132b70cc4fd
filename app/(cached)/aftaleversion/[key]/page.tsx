import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { readVersionPageKey } from "@/lib/domain/agreements/version-page-key";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages/or-not-found";
import { AgreementVersionView } from "@/app/(public)/aftaler/_components/version-view";

/**
 * An agreement version's reading page for a visitor without a session, rendered once per version and
 * language and served from the cache: proxy.ts rewrites GET /aftaler/<id>/v/<n> without a session
 * cookie to /aftaleversion/<key> (decision 037, after 019). What such a visitor may see is the same for
 * all of them (no drafts, no workspace link), so it is loaded without an actor. The agreement actions
 * revalidate it; `revalidate` bounds what the job queue's in-force and expiry changes leave.
 */
export const revalidate = 60;

export function generateStaticParams(): { key: string }[] {
  return [];
}

type KeyParams = { params: Promise<{ key: string }> };

const load = cache(async (key: string) => {
  const page = readVersionPageKey(key);
  if (!page) notFound();
  return { locale: page.locale, doc: await orNotFound(getVersionDocument(null, { agreementId: page.agreementId, number: page.number })) };
});

export async function generateMetadata({ params }: KeyParams): Promise<Metadata> {
  const { doc } = await load((await params).key);
  return { title: `${doc.agreement.title} – ${doc.version.label}` };
}

export default async function CachedAgreementVersionPage({ params }: KeyParams) {
  const { locale, doc } = await load((await params).key);
  return <AgreementVersionView doc={doc} t={translator(locale)} canOpenWorkspace={false} />;
}
