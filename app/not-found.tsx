import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Siden findes ikke · Page not found – Sundhedsaftaleportalen" };

/**
 * 404 for an address no route matches. It stands outside the group layouts (the root layout only
 * passes children through), so it draws its own document — and reads no cookie and no session:
 * Next renders the root not-found boundary into the payload of *every* page, including the cached
 * lookup, which must stay static. So it speaks both languages, like app/global-error.tsx.
 * A notFound() inside a page is caught by app/(public)/not-found.tsx or app/(portal)/not-found.tsx
 * instead, which show the message inside the full shell in the user's language.
 */
export default function NotFound() {
  return (
    <html lang="da">
      <body>
        <div className="flex min-h-screen flex-col">
          <header className="border-t-4 border-brand-700 bg-white shadow-sm">
            <div className="mx-auto max-w-6xl px-4 py-3">
              <Link href="/" className="text-xl font-semibold text-brand-800 hover:underline">
                Sundhedsaftaleportalen
              </Link>
            </div>
          </header>
          <main id="indhold" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            <h1 className="text-3xl font-semibold text-slate-900">
              Siden findes ikke <span lang="en">· Page not found</span>
            </h1>
            <p className="mt-4 text-lg text-slate-800">Siden findes ikke, er flyttet, eller du har ikke adgang til den.</p>
            <p lang="en" className="mt-2 text-slate-800">
              The page does not exist, has moved, or you do not have access to it.
            </p>
            <p className="mt-6">
              <Link href="/" className="font-medium text-brand-800 underline">
                Gå til forsiden <span lang="en">/ Go to the front page</span>
              </Link>
            </p>
          </main>
        </div>
      </body>
    </html>
  );
}
