import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages/or-not-found";
import { AgreementDocument } from "../../../../_components/agreement-document";
import { TextLink } from "@/components/ui";

type Params = Promise<{ agreementId: string; number: string }>;

const load = cache(async (agreementId: string, number: string) => orNotFound(getVersionDocument(await getActor(), { agreementId, number })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { agreementId, number } = await params;
  const doc = await load(agreementId, number);
  return { title: `${doc.agreement.title} – ${doc.version.label}` };
}

/**
 * The print layout: the whole version as one clean document (PDF via the browser's print). On paper
 * the portal's header, menu and footer are hidden, every part starts on a new page, and links are
 * plain text.
 */
export default async function PrintPage({ params }: { params: Params }) {
  const { agreementId, number } = await params;
  const doc = await load(agreementId, number);
  const { t } = await getTranslator();
  return (
    <article className="mx-auto max-w-4xl space-y-8 bg-white p-6 print:max-w-none print:p-0">
      <style>{`@media print {
  body > div > header, body > div > footer, body > div > a[href="#indhold"] { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  a { color: inherit !important; text-decoration: none !important; }
  table { break-inside: auto; } tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
@page { margin: 18mm 16mm; }`}</style>
      <p className="no-print rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-900">
        {t("agreements.print.hint")}{" "}
        <TextLink as={Link} href={`/aftaler/${encodeURIComponent(doc.agreement.id)}/v/${doc.version.number}`}>
          {t("agreements.print.back")}
        </TextLink>
      </p>
      <div className="space-y-2 border-b-2 border-slate-900 pb-4">
        <p className="text-lg">{doc.agreement.regionName}</p>
        <h1 className="text-3xl font-semibold">{doc.agreement.title}</h1>
        <p>
          {t("agreements.version.short", { number: doc.version.number, label: doc.version.label })} · {t(`agreements.status.${doc.version.status}`)} ·{" "}
          {t("agreements.version.period", { from: formatDate(doc.agreement.periodStart), to: formatDate(doc.agreement.periodEnd) })}
        </p>
        {doc.version.inForceFrom ? <p>{t("agreements.version.inForceFrom", { from: formatDate(doc.version.inForceFrom) })}</p> : null}
        <p className="text-sm text-slate-700">{t("agreements.print.printedAt", { when: formatDateTime(new Date()) })}</p>
        {doc.version.summary ? <p className="pt-2">{doc.version.summary}</p> : null}
      </div>
      <section aria-labelledby="print-toc">
        <h2 id="print-toc" className="mb-2 text-xl font-semibold">
          {t("agreements.toc.title")}
        </h2>
        <ol className="columns-1 text-sm sm:columns-2">
          {doc.sections.map((s) => (
            <li key={s.id} style={{ paddingLeft: `${s.depth}rem` }}>
              {s.number} {s.title}
            </li>
          ))}
        </ol>
      </section>
      <AgreementDocument doc={doc} t={t} print />
    </article>
  );
}
