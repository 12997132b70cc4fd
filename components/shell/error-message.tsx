"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/client";

/**
 * What a page that failed shows inside the shell: a friendly message, "Prøv igen", and never the
 * internals (in production Next passes only a digest, which the server log carries next to the real
 * error). Used by the error boundaries of the (public) and (portal) groups; a failure in a group's
 * layout itself reaches app/global-error.tsx.
 */
export function ErrorMessage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <>
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
    </>
  );
}
