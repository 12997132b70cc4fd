import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { COMPLIANCE_SUPPRESS_BELOW } from "@/lib/rules/compliance";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator, titled } from "@/lib/i18n/server";
import { FormField } from "@/components/ui/field";
import { Button, H1, Intro, Panel, TextLink } from "@/components/ui";
import { ComplianceTables } from "./compliance-tables";
import { complianceQuery, loadCompliance, type ComplianceParams } from "./load";

export const generateMetadata = titled("compliance.title");

/** /overholdelse — is the agreement being kept? Aggregates per obligation, organisation and quarter. */
export default async function CompliancePage({ searchParams }: { searchParams: Promise<ComplianceParams> }) {
  const actor = await requireActor("/overholdelse");
  const { t, locale } = await getTranslator();
  const view = await loadCompliance(actor, await searchParams);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  const query = complianceQuery(view);
  return (
    <div>
      {view.forum ? (
        <p className="mb-2 text-sm">
          <TextLink as={Link} href={`/fora/${encodeURIComponent(view.forum.id)}/tavle`}>
            {t("compliance.forum.back")}
          </TextLink>
        </p>
      ) : null}
      <H1 className="mb-2">{view.forum ? t("compliance.forum.title", { forum: view.forum.name }) : t("compliance.title")}</H1>
      <Intro>{t("compliance.intro", { min: COMPLIANCE_SUPPRESS_BELOW })}</Intro>
      {view.forum ? <p className="mb-4 text-slate-800">{t("compliance.forum.intro")}</p> : null}
      <Panel as="form" method="get" action="/overholdelse" aria-labelledby="compliance-filters" className="mb-6">
        <h2 id="compliance-filters" className="mb-3 text-lg font-semibold">
          {t("compliance.filters")}
        </h2>
        <div className="grid gap-x-4 md:grid-cols-2">
          {view.forum ? (
            <input type="hidden" name="forum" value={view.forum.id} />
          ) : (
            <FormField as="select" name="region" label={t("compliance.region")} options={view.regions.map((r) => ({ value: r.id, label: r.name }))} defaultValue={view.region?.id ?? ""} state={IDLE} />
          )}
          <FormField as="select" name="aar" label={t("compliance.year")} options={years.map((y) => ({ value: y, label: y }))} defaultValue={String(view.year)} state={IDLE} />
        </div>
        <Button type="submit" variant="secondary">
          {t("compliance.apply")}
        </Button>
      </Panel>
      <p className="mb-6 flex flex-wrap gap-4">
        <TextLink href={`/api/overholdelse/eksport?${query}`}>{t("compliance.export")}</TextLink>
        <TextLink as={Link} href={`/overholdelse/udskriv?${query}`}>
          {t("compliance.print")}
        </TextLink>
      </p>
      <ComplianceTables view={view} t={t} locale={locale} />
    </div>
  );
}
