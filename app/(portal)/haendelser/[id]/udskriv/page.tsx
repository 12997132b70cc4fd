import { requireActor } from "@/lib/auth/actor";
import { getAdverseEvent } from "@/lib/domain/adverse-events/get-adverse-event";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getTranslator, titled } from "@/lib/i18n/server";
import { H1 } from "@/components/ui";
import { PrintButton } from "../../../../(public)/tilbud/[id]/udlevering/print-button";
import { EventDetails } from "../event-details";

export const generateMetadata = titled("adverseEvents.title");

/** The case for the analysis group's meeting, on paper. A read like any other: logged with purpose "print". */
export default async function AdverseEventPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/haendelser/${encodeURIComponent(id)}/udskriv`);
  const { t } = await getTranslator();
  const event = await orNotFound(getAdverseEvent(actor, { eventId: id }, { purpose: "print" }));
  return (
    <div className="print:text-black">
      <p className="mb-4 print:hidden">
        <PrintButton label={t("adverseEvents.print.button")} />
      </p>
      <H1 className="mb-4 break-words">{t("adverseEvents.detail.title", { reference: event.reference })}</H1>
      <EventDetails event={event} t={t} />
    </div>
  );
}
