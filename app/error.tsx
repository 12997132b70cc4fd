"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/client";

/**
 * The error boundary for every page: a friendly message, "Prøv igen", and never the internals (in
 * production Next passes only a digest, which the server log carries next to the real error).
 * It replaces the group layouts, and the shell needs the server, so it draws a minimal frame.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-t-4 border-brand-700 bg-white shadow-sm">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <Link href="/" className="text-xl font-semibold text-brand-800 hover:underline">
            {t("app.name")}
          </Link>
        </div>
      </header>
      <main id="indhold" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <h1 className="text-3xl font-semibold text-slate-900">{t("error.title")}</h1>
        <p className="mt-4 text-lg text-slate-800">{t("error.body")}</p>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("error.retry")}
          </button>
          <Link href="/" className="font-medium text-brand-800 underline">
            {t("notFound.home")}
          </Link>
        </div>
        {error.digest ? <p className="mt-6 text-sm text-slate-700">{t("error.reference", { digest: error.digest })}</p> : null}
      </main>
    </div>
  );
}
