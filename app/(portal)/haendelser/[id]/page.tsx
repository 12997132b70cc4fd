import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getAdverseEvent } from "@/lib/domain/adverse-events/get-adverse-event";
import { orNotFound, doneMessage, type SearchParams } from "@/lib/pages/or-not-found";
import { getTranslator, titled } from "@/lib/i18n/server";
import { Banner, H1, Muted, TextLink } from "@/components/ui";
import { EventDetails } from "./event-details";
import { StepForm } from "./step-form";
import { BackLink } from "../back-link";

export const generateMetadata = titled("adverseEvents.title");

type Params = Promise<{ id: string }>;

/**
 * One adverse event, for the risk managers of its parties only: getAdverseEvent writes the
 * access-log row before the page gets the details; anyone else gets the 404 page.
 */
export default async function AdverseEventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const actor = await requireActor(`/haendelser/${encodeURIComponent(id)}`);
  const { t } = await getTranslator();
  const event = await orNotFound(getAdverseEvent(actor, { eventId: id }));
  const done = doneMessage(t, "adverseEvents.done", (await searchParams).udfoert);
  const parties = event.parties.map((p) => ({ value: p.id, label: p.name }));
  return (
    <div>
      <BackLink t={t} />
      <H1 className="mb-2 break-words">{t("adverseEvents.detail.title", { reference: event.reference })}</H1>
      <Muted className="mb-4">{t("adverseEvents.detail.logged")}</Muted>
      {done ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {done}
        </Banner>
      ) : null}
      <p className="mb-4">
        <TextLink as={Link} href={`/haendelser/${encodeURIComponent(event.id)}/udskriv`}>
          {t("adverseEvents.detail.print")}
        </TextLink>
      </p>
      {event.steps.map((step) => (
        <StepForm key={step} step={step} eventId={event.id} version={event.version} parties={parties} />
      ))}
      <EventDetails event={event} t={t} />
    </div>
  );
}
