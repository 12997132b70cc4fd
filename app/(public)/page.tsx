import Link from "next/link";
import { getNavigation } from "@/components/shell/get-navigation";
import { getActor } from "@/lib/auth/actor";
import { getTranslator } from "@/lib/i18n/server";
import { navigationFor } from "@/lib/navigation";

const AREAS = [
  { href: "/aftaler", title: "home.area.agreements", text: "home.area.agreements.text" },
  { href: "/tilbud", title: "home.area.offers", text: "home.area.offers.text" },
  { href: "/henvisninger", title: "home.area.referrals", text: "home.area.referrals.text" },
  { href: "/fora", title: "home.area.forums", text: "home.area.forums.text" },
] as const;

/** The front page: what the portal is, its four areas, and for a signed-in user their shortcuts (inside the public shell). */
export default async function HomePage() {
  const actor = await getActor();
  const { t } = await getTranslator();
  const publicHrefs = new Set(navigationFor(null).map((item) => item.href));
  // "Your work": what the user's roles add to the public menu (links only, for now).
  const work = actor ? (await getNavigation(actor)).filter((item) => !publicHrefs.has(item.href)) : [];

  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold text-slate-900">{t("home.title")}</h1>
        <p className="mt-4 text-lg text-slate-800">{t("home.intro")}</p>
      </div>

      {actor ? (
        <section aria-labelledby="home-your-work" className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-5">
          <h2 id="home-your-work" className="text-xl font-semibold text-slate-900">
            {t("home.yourWork")}
          </h2>
          <p className="mt-1 text-slate-800">{t("home.yourWork.intro", { name: actor.name })}</p>
          <ul className="mt-3 flex flex-wrap gap-3">
            {work.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block rounded-md bg-white px-4 py-2 font-medium text-brand-800 underline shadow-sm hover:bg-brand-100">
                  {t.key(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-6 text-slate-800">
          {t("home.signInPrompt")}{" "}
          <Link href="/logind" className="font-medium text-brand-800 underline">
            {t("shell.signIn")}
          </Link>
        </p>
      )}

      <section aria-labelledby="home-areas" className="mt-10">
        <h2 id="home-areas" className="text-xl font-semibold text-slate-900">
          {t("home.areas")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {AREAS.map((area) => (
            <li key={area.href} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="text-lg font-semibold">
                <Link href={area.href} className="text-brand-800 underline hover:text-brand-700">
                  {t(area.title)}
                </Link>
              </h3>
              <p className="mt-2 text-slate-800">{t(area.text)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
