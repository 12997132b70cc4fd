import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { getAidCatalogue } from "@/lib/domain/aids/get-aid-catalogue";
import { NotFoundError } from "@/lib/domain/errors";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { AID_CATEGORIES } from "@/lib/aids/fields";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { TextLink } from "@/components/ui";
import { ResponsibilityTable } from "../_components/responsibility";

export const generateMetadata = titled("aids.print");

/**
 * The print layout of a region's catalogue: every aid with its responsibility table, category by
 * category — what the aids council prints for its meetings. On paper the portal's header, menu and
 * footer are hidden and an aid does not break across pages.
 */
export default async function AidsPrintPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getActor();
  const regionId = first((await searchParams).region) || undefined;
  const { t } = await getTranslator();
  const view = await orNotFound(
    getAidCatalogue(actor, { regionId }).catch((error: unknown) => {
      if (error instanceof NotFoundError && !actor) redirect("/logind?next=/hjaelpemidler/udskriv");
      throw error;
    }),
  );
  return (
    <article className="mx-auto max-w-4xl space-y-8 bg-white p-6 print:max-w-none print:p-0" data-testid="aids-print">
      <style>{`@media print {
  body > div > header, body > div > footer, body > div > a[href="#indhold"], .no-print { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  a { color: inherit !important; text-decoration: none !important; }
  .aid { break-inside: avoid; } h2 { break-after: avoid; }
}
@page { margin: 18mm 16mm; }`}</style>
      <p className="no-print rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-900">
        {t("aids.print.hint")}{" "}
        <TextLink as={Link} href={`/hjaelpemidler?region=${encodeURIComponent(view.catalogue.regionId)}`}>
          {t("aids.print.back")}
        </TextLink>
      </p>
      <div className="space-y-2 border-b-2 border-slate-900 pb-4">
        <p className="text-lg">{view.catalogue.region.name}</p>
        <h1 className="text-3xl font-semibold">{t("aids.title")}</h1>
        <p className="text-sm text-slate-700">{t("aids.print.printedAt", { when: formatDateTime(new Date()) })}</p>
        {view.items.some((i) => i.isDemo) ? <p>{t("aids.demoNotice")}</p> : null}
      </div>
      {AID_CATEGORIES.map((category) => {
        const items = view.items.filter((i) => i.category === category);
        if (!items.length) return null;
        return (
          <section key={category} aria-labelledby={`print-${category}`} className="space-y-6">
            <h2 id={`print-${category}`} className="text-2xl font-semibold">
              {t.key(`aids.category.${category}`)}
            </h2>
            {items.map((item) => (
              <div key={item.id} className="aid space-y-2">
                <h3 className="text-lg font-semibold">
                  {item.number} {item.name}
                </h3>
                {item.description ? <p>{item.description}</p> : null}
                <ResponsibilityTable item={item} t={t} />
                {item.notes ? <p className="whitespace-pre-line text-sm">{item.notes}</p> : null}
              </div>
            ))}
          </section>
        );
      })}
    </article>
  );
}
