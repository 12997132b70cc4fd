"use client";

import { useT } from "@/lib/i18n/client";
import { SimpleForm } from "../../../_components/simple-form";
import { addAgendaItemAction, recordAgendaDecisionAction, setAttendanceAction, updateMeetingAction } from "../../../actions";
import { recordDecisionAction } from "../../../../initiativer/actions";

export function MeetingDetailsForm(props: { meetingId: string; version: number; date: string; time: string; place: string; status: string; minutes: string | null; mayKeepMinutes: boolean }) {
  const t = useT();
  return (
    <SimpleForm
      action={updateMeetingAction}
      hidden={{ meetingId: props.meetingId, version: props.version }}
      submitLabel={t("meetings.save")}
      fields={[
        { kind: "field", props: { name: "date", type: "date", label: t("meetings.date"), required: true, defaultValue: props.date } },
        { kind: "field", props: { name: "time", label: t("meetings.time"), hint: t("meetings.timeHint"), required: true, defaultValue: props.time, inputMode: "numeric" } },
        { kind: "field", props: { name: "place", label: t("meetings.place"), defaultValue: props.place } },
        {
          kind: "field",
          props: { as: "select", name: "status", label: t("meetings.status"), defaultValue: props.status, options: ["PLANNED", "HELD", "CANCELLED"].map((s) => ({ value: s, label: t.key(`meetings.statusValue.${s}`) })) },
        },
        ...(props.mayKeepMinutes ? [{ kind: "field" as const, props: { as: "textarea" as const, name: "minutes", label: t("meetings.minutes"), hint: t("meetings.minutesHint"), rows: 8, defaultValue: props.minutes ?? "" } }] : []),
      ]}
    />
  );
}

export function AgendaItemForm({ meetingId, initiatives, sections }: { meetingId: string; initiatives: { id: string; title: string; forumName: string }[]; sections: { id: string; label: string }[] }) {
  const t = useT();
  return (
    <SimpleForm
      action={addAgendaItemAction}
      hidden={{ meetingId }}
      submitLabel={t("meetings.agenda.add")}
      fields={[
        { kind: "field", props: { name: "title", label: t("meetings.agenda.itemTitle"), required: true } },
        { kind: "field", props: { as: "textarea", name: "description", label: t("meetings.agenda.itemDescription"), rows: 3 } },
        {
          kind: "field",
          props: { as: "select", name: "initiativeId", label: t("meetings.agenda.initiative"), placeholder: t("meetings.agenda.noInitiative"), options: initiatives.map((i) => ({ value: i.id, label: `${i.title} (${i.forumName})` })) },
        },
        ...(sections.length
          ? [{ kind: "field" as const, props: { as: "select" as const, name: "sectionId", label: t("meetings.agenda.section"), placeholder: t("meetings.agenda.noSection"), options: sections.map((s) => ({ value: s.id, label: s.label })) } }]
          : []),
      ]}
    />
  );
}

export function AgendaDecisionForm({ itemId, version, title, decision }: { itemId: string; version: number; title: string; decision: string | null }) {
  const t = useT();
  return (
    <SimpleForm
      action={recordAgendaDecisionAction}
      hidden={{ agendaItemId: itemId, version }}
      submitLabel={t("meetings.agenda.recordDecision")}
      fields={[{ kind: "field", props: { as: "textarea", name: "decision", label: t("meetings.agenda.decisionFor", { title }), rows: 3, required: true, defaultValue: decision ?? "" } }]}
    />
  );
}

/** The decision for the next period, recorded at this meeting in this forum's name. */
export function InitiativeDecisionForm(props: { initiativeId: string; version: number; title: string; forumId: string; meetingId: string; current: string | null }) {
  const t = useT();
  return (
    <SimpleForm
      action={recordDecisionAction}
      hidden={{ initiativeId: props.initiativeId, version: props.version, forumId: props.forumId, meetingId: props.meetingId }}
      submitLabel={t("initiatives.decide.submit")}
      fields={[
        {
          kind: "field",
          props: {
            as: "select",
            name: "decision",
            label: t("initiatives.decide.decisionFor", { title: props.title }),
            required: true,
            defaultValue: props.current ?? "",
            placeholder: t("forums.form.choose"),
            options: ["CONTINUE", "WIND_DOWN"].map((d) => ({ value: d, label: t.key(`initiatives.decision.${d}`) })),
          },
        },
        {
          kind: "field",
          props: { as: "select", name: "stage", label: t("initiatives.decide.stage"), required: true, defaultValue: "FINAL", options: ["FINAL", "PROPOSED"].map((s) => ({ value: s, label: t.key(`initiatives.stage.${s}`) })) },
        },
        { kind: "field", props: { as: "textarea", name: "justification", label: t("initiatives.decide.justification"), hint: t("initiatives.decide.justificationHint"), required: true, rows: 3 } },
      ]}
    />
  );
}

export function AttendanceForm({ meetingId, version, members }: { meetingId: string; version: number; members: { memberId: string; label: string; present: boolean | null }[] }) {
  const t = useT();
  return (
    <SimpleForm
      action={setAttendanceAction}
      hidden={{ meetingId, version }}
      submitLabel={t("meetings.attendance.save")}
      fields={[{ kind: "checkboxes", legend: t("meetings.attendance.legend"), options: members.map((m) => ({ name: `present.${m.memberId}`, label: m.label, defaultChecked: m.present === true })) }]}
    />
  );
}
