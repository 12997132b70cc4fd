import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundMessage } from "@/components/shell/not-found-message";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/**
 * 404 for an address no route matches. Kept deliberately light — a plain frame, no session, no
 * database: Next renders the root not-found boundary into the payload of *every* page (it has to be
 * ready on the client), so a full shell here cost each request a second header, menu and
 * unread-count query. A notFound() inside a page is caught by app/(public)/not-found.tsx or
 * app/(portal)/not-found.tsx instead, which show the same message inside the full shell.
 */
export default async function NotFound() {
  const { t } = await getTranslator();
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
        <NotFoundMessage t={t} />
      </main>
    </div>
  );
}
