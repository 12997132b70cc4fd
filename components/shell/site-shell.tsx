import "server-only";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { translator, type Translate } from "@/lib/i18n/translate";
import type { AppLocale } from "@/lib/i18n/config";
import type { Actor } from "@/lib/rules/actor";
import { getNavigation } from "./get-navigation";
import { LanguageSwitch } from "./language-switch";
import { PrimaryNav } from "./primary-nav";
import { UserMenu } from "./user-menu";
import { UnreadBadge } from "@/components/notifications/unread-badge";

/**
 * The frame of every page: skip link, header (portal name, language, user, menu), main, footer.
 * Landmarks: banner, navigation, main, contentinfo. Pages bring their own single h1.
 *
 * The shell only *shows* things by role; it is not an access check (every page authorises itself).
 *
 * A static page (the cached anonymous lookup, app/opslag) passes its `locale` and the public path it
 * stands for (`currentPath`): the shell then reads no cookie, and the menu marks the right item
 * although the page was rendered under its internal path.
 */
export async function SiteShell({
  actor,
  locale: fixedLocale,
  currentPath,
  children,
}: {
  actor: Actor | null;
  locale?: AppLocale;
  currentPath?: string;
  children: React.ReactNode;
}) {
  const { locale, t } = fixedLocale ? { locale: fixedLocale, t: translator(fixedLocale) } : await getTranslator();
  const items = (await getNavigation(actor)).map((item) => ({ href: item.href, label: t.key(item.labelKey) }));

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#indhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-800 focus:underline focus:shadow"
      >
        {t("shell.skipToContent")}
      </a>
      <header className="relative border-t-4 border-brand-700 bg-white shadow-sm">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-6 gap-y-3 px-4 py-2 md:flex-wrap md:py-3">
          <div className="min-w-0">
            <Link href="/" aria-label={t("shell.home")} className="text-lg font-semibold text-brand-800 hover:underline md:text-xl">
              {t("app.name")}
            </Link>
            <p className="hidden text-sm text-slate-700 md:block">{t("app.tagline")}</p>
          </div>
          {/* Wide screens: language, user and sign-in/out beside the name, the menu below. */}
          <div className="hidden flex-wrap items-center gap-x-6 gap-y-2 text-sm md:flex">
            <HeaderTools actor={actor} locale={locale} t={t} idPrefix="shell" />
          </div>
          {/* Phones: one "Menu" button (a disclosure that works without script) holds the menu, language and user. */}
          <details className="group md:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="text-lg leading-none">
                <span className="group-open:hidden">☰</span>
                <span className="hidden group-open:inline">✕</span>
              </span>
              {t("shell.menu")}
            </summary>
            <div className="absolute inset-x-0 z-40 mt-2 hidden border-b border-slate-200 bg-white shadow-lg group-open:block">
              <PrimaryNav label={t("shell.nav.label")} items={items} currentPath={currentPath} stacked />
              <div className="flex flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 text-sm">
                <HeaderTools actor={actor} locale={locale} t={t} idPrefix="shell-phone" />
              </div>
            </div>
          </details>
        </div>
        <div className="hidden md:block">
          <PrimaryNav label={t("shell.nav.label")} items={items} currentPath={currentPath} />
        </div>
      </header>
      <main id="indhold" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-5 md:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-700">
          <p className="font-semibold text-slate-900">{t("app.name")}</p>
          <p>{t("shell.footer.about")}</p>
          <p>{t("shell.footer.language")}</p>
        </div>
      </footer>
    </div>
  );
}

/** The language switch, and the signed-in user (notifications, organisation, sign-out) or the sign-in link. */
function HeaderTools({ actor, locale, t, idPrefix }: { actor: Actor | null; locale: AppLocale; t: Translate; idPrefix: string }) {
  return (
    <>
      <LanguageSwitch locale={locale} label={t("shell.language.label")} />
      {actor ? (
        <>
          <UnreadBadge actor={actor} />
          <UserMenu actor={actor} t={t} idPrefix={idPrefix} />
        </>
      ) : (
        <Link href="/logind" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
          {t("shell.signIn")}
        </Link>
      )}
    </>
  );
}
