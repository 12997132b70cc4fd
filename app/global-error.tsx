"use client";

import "./globals.css";

/**
 * Last resort, when the root layout itself failed: no locale, no translations, no shell — so it
 * speaks both languages and shows no internals.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="da">
      <body>
        <main className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="text-3xl font-semibold text-slate-900">Der skete en fejl</h1>
          <p className="mt-4 text-lg text-slate-800">Noget gik galt hos os. Prøv igen om lidt.</p>
          <p lang="en" className="mt-2 text-slate-800">
            Something went wrong on our side. Please try again shortly.
          </p>
          <div className="mt-6 flex flex-wrap items-center gap-4">
            <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              Prøv igen <span lang="en">/ Try again</span>
            </button>
            {/* A full page load, not client navigation: the app around this page is broken. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="font-medium text-brand-800 underline">
              Forsiden <span lang="en">/ Front page</span>
            </a>
          </div>
          {error.digest ? <p className="mt-6 text-sm text-slate-700">Fejlreference / Error reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
