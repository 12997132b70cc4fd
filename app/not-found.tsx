import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/components/shell/site-shell";
import { getActor } from "@/lib/auth/actor";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/**
 * 404 — also the answer for a record the user may not see (indistinguishable on purpose). The
 * root not-found replaces the group layouts, so it brings the shell itself.
 */
export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <SiteShell actor={await getActor()}>
      <h1 className="text-3xl font-semibold text-slate-900">{t("notFound.title")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-800 underline">
          {t("notFound.home")}
        </Link>
      </p>
    </SiteShell>
  );
}
