import type { Metadata } from "next";
import { loadVersion, type VersionParams } from "../load-version";
import Link from "next/link";
import { HIGHLIGHT_END, HIGHLIGHT_START, searchSections } from "@/lib/domain/agreements/search-sections";
import { getTranslator } from "@/lib/i18n/server";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { sectionAnchor } from "../../../../_components/agreement-document";
import { Button, H1, TextLink } from "@/components/ui";


export async function generateMetadata({ params }: { params: VersionParams }): Promise<Metadata> {
  const { agreementId, number } = await params;
  const { doc } = await loadVersion(agreementId, number);
  const { t } = await getTranslator();
  return { title: `${t("agreements.search.title")} – ${doc.agreement.title}` };
}

/** A snippet with ⟦marks⟧ as text and <mark> elements; React escapes everything else. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIGHLIGHT_START}[^${HIGHLIGHT_END}]*${HIGHLIGHT_END})`, "u"));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(HIGHLIGHT_START) ? (
          <mark key={i} className="bg-yellow-200 text-slate-900">
            {part.slice(1, -1)}
          </mark>
        ) : (
          <span key={i}>{part.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "")}</span>
        ),
      )}
    </>
  );
}

/** Danish full-text search within one version (stemming, "quotes", -exclusion, prefixes). */
export default async function SearchPage({ params, searchParams }: { params: VersionParams; searchParams: SearchParams }) {
  const { agreementId, number } = await params;
  const { actor, doc } = await loadVersion(agreementId, number);
  const q = (first((await searchParams).q) ?? "").slice(0, 200);
  const { t } = await getTranslator();
  const hits = q.trim() ? await orNotFound(searchSections(actor, { versionId: doc.version.id, q })) : [];
  const versionPath = `/aftaler/${encodeURIComponent(doc.agreement.id)}/v/${doc.version.number}`;

  return (
    <div className="space-y-6">
      <p>
        <TextLink as={Link} href={versionPath}>
          {t("agreements.search.back", { label: doc.version.label })}
        </TextLink>
      </p>
      <H1>{t("agreements.search.title")}</H1>
      <p className="text-slate-800">{t("agreements.search.within", { title: doc.agreement.title, label: doc.version.label })}</p>
      <form role="search" method="get" className="flex max-w-xl flex-wrap items-end gap-3">
        <FormField name="q" type="search" label={t("agreements.search.label")} hint={t("agreements.search.hint")} defaultValue={q} state={IDLE} className="min-w-64 flex-1" />
        <Button type="submit" variant="secondary" className="mb-[1.6rem]">
          {t("agreements.search.submit")}
        </Button>
      </form>
      {q.trim() ? (
        <section aria-labelledby="results">
          <h2 id="results" className="mb-3 text-xl font-semibold" aria-live="polite">
            {t(hits.length === 1 ? "agreements.search.oneResult" : "agreements.search.results", { count: hits.length, q })}
          </h2>
          <ol className="space-y-4">
            {hits.map((hit) => (
              <li key={hit.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <TextLink as={Link} href={`${versionPath}#${sectionAnchor(hit.number)}`} className="text-lg">
                  {hit.number} {hit.title}
                </TextLink>
                {hit.snippet ? (
                  <p className="mt-1 text-slate-900">
                    <Snippet text={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
