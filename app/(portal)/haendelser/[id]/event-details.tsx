import type { AdverseEventDto } from "@/lib/domain/adverse-events/dto";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Dd, Dl, Dt, H2Small, Panel } from "@/components/ui";

/** The case's facts and texts: shared by the case page and its print view. */
export function EventDetails({ event, t }: { event: AdverseEventDto; t: Translate }) {
  const none = t("adverseEvents.detail.none");
  const closedText = event.closedAt ? `${formatDateTime(event.closedAt)} — ${event.closedAt <= event.closeDueAt ? t("adverseEvents.detail.inTime") : t("adverseEvents.detail.late")}` : none;
  const texts: [string, string | null][] = [
    ["adverseEvents.field.description", event.description],
    ["adverseEvents.field.analysisGroup", event.analysisGroup],
    ["adverseEvents.field.analysis", event.analysis],
    ["adverseEvents.field.actionPlan", event.actionPlan],
    ["adverseEvents.field.implementationCriteria", event.implementationCriteria],
    ["adverseEvents.field.summary", event.summary],
  ];
  return (
    <>
      <Panel aria-labelledby="case" className="mb-6">
        <H2Small id="case">{t("adverseEvents.detail.case")}</H2Small>
        <Dl>
          <Dt>{t("adverseEvents.field.dpsdReference")}</Dt>
          <Dd>{event.dpsdReference}</Dd>
          <Dt>{t("adverseEvents.field.title")}</Dt>
          <Dd>{event.title}</Dd>
          <Dt>{t("adverseEvents.col.status")}</Dt>
          <Dd>{t.key(`adverseEvents.status.${event.status}`)}</Dd>
          <Dt>{t("adverseEvents.field.grade")}</Dt>
          <Dd>{event.grade ? t.key(`adverseEvents.grade.${event.grade}`) : none}</Dd>
          <Dt>{t("adverseEvents.detail.reportedBy")}</Dt>
          <Dd>{`${event.reportedByName}, ${event.reportingOrganisation.name}`}</Dd>
          <Dt>{t("adverseEvents.detail.reportedAt")}</Dt>
          <Dd>{formatDateTime(event.reportedAt)}</Dd>
          <Dt>{t("adverseEvents.detail.closeDue")}</Dt>
          <Dd>
            <time dateTime={event.closeDueAt.toISOString()}>{formatDate(event.closeDueAt)}</time>
          </Dd>
          <Dt>{t("adverseEvents.detail.closedAt")}</Dt>
          <Dd>{closedText}</Dd>
          <Dt>{t("adverseEvents.field.primaryHandler")}</Dt>
          <Dd>{event.primaryHandler?.name ?? none}</Dd>
          <Dt>{t("adverseEvents.detail.parties")}</Dt>
          <Dd>{event.parties.map((p) => p.name).join(", ")}</Dd>
        </Dl>
      </Panel>
      {texts
        .filter(([, value]) => value)
        .map(([key, value]) => (
          <Panel key={key} className="mb-4">
            <H2Small>{t.key(key)}</H2Small>
            <p className="whitespace-pre-line break-words text-slate-900">{value}</p>
          </Panel>
        ))}
    </>
  );
}
