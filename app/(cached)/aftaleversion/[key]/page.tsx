import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { readVersionPageKey } from "@/lib/domain/agreements/version-page-key";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages/or-not-found";
import { notePublicVersion } from "@/lib/domain/agreements/public-versions";
import { AgreementVersionView } from "@/app/(public)/aftaler/_components/version-view";

/**
 * An agreement version's reading page, rendered once per version and language and served from the
 * cache: proxy.ts rewrites GET /aftaler/<id>/v/<n> to /aftaleversion/<key> (decision 037, after 019) —
 * without a session cookie always, with one when the version is known to be public. It is loaded
 * without an actor, so it is what everybody may see (no drafts: a 404); what a signed-in reader sees
 * beyond that (the workspace link, their drafts in the version list) is the reader island. Loading
 * notes whether the version is public (lib/domain/agreements/public-versions.ts) — a 404 here forgets
 * it. The agreement actions revalidate it; `revalidate` bounds what the job queue's in-force and
 * expiry changes leave.
 */
export const revalidate = 60;

export function generateStaticParams(): { key: string }[] {
  return [];
}

type KeyParams = { params: Promise<{ key: string }> };

const load = cache(async (key: string) => {
  const page = readVersionPageKey(key);
  if (!page) notFound();
  const doc = await orNotFound(
    getVersionDocument(null, { agreementId: page.agreementId, number: page.number }).catch((error: unknown) => {
      notePublicVersion(page.agreementId, page.number, false);
      throw error;
    }),
  );
  notePublicVersion(page.agreementId, page.number, true); // loaded without an actor: public
  return { locale: page.locale, doc };
});

export async function generateMetadata({ params }: KeyParams): Promise<Metadata> {
  const { doc } = await load((await params).key);
  return { title: `${doc.agreement.title} – ${doc.version.label}` };
}

export default async function CachedAgreementVersionPage({ params }: KeyParams) {
  const { locale, doc } = await load((await params).key);
  return <AgreementVersionView doc={doc} t={translator(locale)} reader={null} />;
}
