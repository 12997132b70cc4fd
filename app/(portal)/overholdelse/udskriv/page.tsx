import { requireActor } from "@/lib/auth/actor";
import { COMPLIANCE_SUPPRESS_BELOW } from "@/lib/rules/compliance";
import { getTranslator, titled } from "@/lib/i18n/server";
import { H1, Intro } from "@/components/ui";
import { PrintButton } from "../../../(public)/tilbud/[id]/udlevering/print-button";
import { ComplianceTables } from "../compliance-tables";
import { loadCompliance, type ComplianceParams } from "../load";

export const generateMetadata = titled("compliance.title");

/** The compliance figures for the committee's meeting, on paper. */
export default async function CompliancePrintPage({ searchParams }: { searchParams: Promise<ComplianceParams> }) {
  const actor = await requireActor("/overholdelse/udskriv");
  const { t, locale } = await getTranslator();
  const view = await loadCompliance(actor, await searchParams);
  return (
    <div className="print:text-black">
      <p className="mb-4 print:hidden">
        <PrintButton label={t("compliance.print")} />
      </p>
      <H1 className="mb-2">{`${view.forum ? t("compliance.forum.title", { forum: view.forum.name }) : `${t("compliance.title")} — ${view.region?.name ?? ""}`} ${view.year}`}</H1>
      <Intro>{t("compliance.intro", { min: COMPLIANCE_SUPPRESS_BELOW })}</Intro>
      <ComplianceTables view={view} t={t} locale={locale} />
    </div>
  );
}
