import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { listAdverseEventPartyChoices } from "@/lib/domain/adverse-events/list-adverse-events";
import { riskManagerOrganisationIds } from "@/lib/rules/adverse-events";
import { getTranslator, titled } from "@/lib/i18n/server";
import { H1, Intro } from "@/components/ui";
import { BackLink } from "../back-link";
import { ReportForm } from "./report-form";

export const generateMetadata = titled("adverseEvents.new.title");

/** /haendelser/ny — a risk manager reports an event for one of their organisations. */
export default async function ReportAdverseEventPage() {
  const actor = await requireActor("/haendelser/ny");
  const { t } = await getTranslator();
  const own = riskManagerOrganisationIds(actor);
  if (own.length === 0) notFound(); // only risk managers report: the same answer as a missing page
  const reporting = actor.memberships.filter((m) => own.includes(m.organisationId)).map((m) => ({ value: m.organisationId, label: m.organisationName }));
  const parties = (await listAdverseEventPartyChoices(actor)).map((o) => ({ value: o.id, label: `${o.name} (${t.key(`adverseEvents.kind.${o.kind}`)})` }));
  return (
    <div>
      <BackLink t={t} />
      <H1 className="mb-2">{t("adverseEvents.new.title")}</H1>
      <Intro>{t("adverseEvents.new.intro")}</Intro>
      <ReportForm reporting={reporting} parties={parties} />
    </div>
  );
}
