import "server-only";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { translator } from "@/lib/i18n/translate";
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
      <header className="border-t-4 border-brand-700 bg-white shadow-sm">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
          <div>
            <Link href="/" aria-label={t("shell.home")} className="text-xl font-semibold text-brand-800 hover:underline">
              {t("app.name")}
            </Link>
            <p className="text-sm text-slate-700">{t("app.tagline")}</p>
          </div>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
            <LanguageSwitch locale={locale} label={t("shell.language.label")} />
            {actor ? (
              <>
                <UnreadBadge actor={actor} />
                <UserMenu actor={actor} t={t} />
              </>
            ) : (
              <Link href="/logind" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
                {t("shell.signIn")}
              </Link>
            )}
          </div>
        </div>
        <PrimaryNav label={t("shell.nav.label")} items={items} currentPath={currentPath} />
      </header>
      <main id="indhold" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
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
