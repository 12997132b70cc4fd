"use client";

import { useT } from "@/lib/i18n/client";
import type { SimpleField } from "../../fora/_components/simple-form";
import { SimpleForm } from "../../fora/_components/simple-form";
import { addCommentAction, addMilestoneAction, completeMilestoneAction, recordDecisionAction, updateInitiativeAction } from "../actions";

const FOCUS_ROWS = 6;
const TAGS = ["WORKING_GROUP", "THEME_DAY", "WORKSHOP", "SECRETARIAT", "STAFF", "BUDGET", "PILOT", "NONE", "CANNOT_BE_ASSESSED"];

type EditProps = {
  initiativeId: string;
  version: number;
  title: string;
  description: string;
  status: string;
  progress: number | null;
  sectionId: string | null;
  goalId: string | null;
  focusText: string | null;
  focusPeriods: { year: number; half: string | null; activity: string | null }[];
  resourceTags: string[];
  resourcesText: string | null;
  sections: { id: string; label: string }[];
  goals: { id: string; label: string }[];
};

/** Everything but the decision: the five columns' content, status, progress and links. */
export function EditInitiativeForm(props: EditProps) {
  const t = useT();
  const focusRows: SimpleField[] = Array.from({ length: FOCUS_ROWS }, (_, i) => {
    const p = props.focusPeriods[i];
    return {
      kind: "row",
      legend: t("initiatives.field.focusRow", { n: i + 1 }),
      fields: [
        { name: `focus.${i}.year`, type: "number", inputMode: "numeric", label: t("initiatives.field.focusYear", { n: i + 1 }), defaultValue: p ? String(p.year) : "" },
        {
          as: "select",
          name: `focus.${i}.half`,
          label: t("initiatives.field.focusHalf", { n: i + 1 }),
          defaultValue: p?.half ?? "",
          placeholder: t("initiatives.field.wholeYear"),
          options: ["H1", "H2"].map((h) => ({ value: h, label: t.key(`initiatives.half.${h}`) })),
        },
        { name: `focus.${i}.activity`, label: t("initiatives.field.focusActivity", { n: i + 1 }), defaultValue: p?.activity ?? "" },
      ],
    };
  });
  return (
    <SimpleForm
      action={updateInitiativeAction}
      hidden={{ initiativeId: props.initiativeId, version: props.version }}
      submitLabel={t("initiatives.save")}
      fields={[
        { kind: "field", props: { name: "title", label: t("initiatives.field.title"), hint: t("initiatives.field.titleHint"), required: true, defaultValue: props.title } },
        { kind: "field", props: { as: "textarea", name: "description", label: t("initiatives.field.description"), rows: 5, defaultValue: props.description } },
        {
          kind: "field",
          props: { as: "select", name: "status", label: t("initiatives.field.status"), defaultValue: props.status, options: ["PLANNED", "ONGOING", "COMPLETED", "PAUSED"].map((s) => ({ value: s, label: t.key(`initiatives.status.${s}`) })) },
        },
        { kind: "field", props: { name: "progress", type: "number", inputMode: "numeric", label: t("initiatives.field.progress"), hint: t("initiatives.field.progressHint"), defaultValue: props.progress?.toString() ?? "" } },
        ...(props.sections.length
          ? [{ kind: "field" as const, props: { as: "select" as const, name: "sectionId", label: t("initiatives.field.section"), defaultValue: props.sectionId ?? "", placeholder: t("initiatives.field.noLink"), options: props.sections.map((s) => ({ value: s.id, label: s.label })) } }]
          : []),
        ...(props.goals.length
          ? [{ kind: "field" as const, props: { as: "select" as const, name: "goalId", label: t("initiatives.field.goal"), defaultValue: props.goalId ?? "", placeholder: t("initiatives.field.noLink"), options: props.goals.map((g) => ({ value: g.id, label: g.label })) } }]
          : []),
        ...focusRows,
        { kind: "field", props: { as: "textarea", name: "focusText", label: t("initiatives.field.focusText"), hint: t("initiatives.field.focusTextHint"), rows: 3, defaultValue: props.focusText ?? "" } },
        { kind: "checkboxes", legend: t("initiatives.field.resourceTags"), options: TAGS.map((tag) => ({ name: `resourceTag.${tag}`, label: t.key(`initiatives.resource.${tag}`), defaultChecked: props.resourceTags.includes(tag) })) },
        { kind: "field", props: { as: "textarea", name: "resourcesText", label: t("initiatives.field.resourcesText"), rows: 3, defaultValue: props.resourcesText ?? "" } },
      ]}
    />
  );
}

/** The decision for the next period, by one of the forums the actor decides in. */
export function DecisionForm(props: {
  initiativeId: string;
  version: number;
  forums: { id: string; name: string; proposed: boolean; final: boolean }[];
  meetings: { id: string; label: string }[];
  current: string | null;
}) {
  const t = useT();
  const mayFinal = props.forums.some((f) => f.final);
  return (
    <SimpleForm
      action={recordDecisionAction}
      hidden={{ initiativeId: props.initiativeId, version: props.version }}
      submitLabel={t("initiatives.decide.submit")}
      fields={[
        { kind: "field", props: { as: "select", name: "decision", label: t("initiatives.decide.decision"), required: true, defaultValue: props.current ?? "", placeholder: t("forums.form.choose"), options: ["CONTINUE", "WIND_DOWN"].map((d) => ({ value: d, label: t.key(`initiatives.decision.${d}`) })) } },
        {
          kind: "field",
          props: {
            as: "select",
            name: "stage",
            label: t("initiatives.decide.stage"),
            hint: mayFinal ? undefined : t("initiatives.decide.finalHint"),
            required: true,
            defaultValue: "PROPOSED",
            options: ["PROPOSED", ...(mayFinal ? ["FINAL"] : [])].map((s) => ({ value: s, label: t.key(`initiatives.stage.${s}`) })),
          },
        },
        { kind: "field", props: { as: "textarea", name: "justification", label: t("initiatives.decide.justification"), hint: t("initiatives.decide.justificationHint"), required: true, rows: 4 } },
        { kind: "field", props: { as: "select", name: "forumId", label: t("initiatives.decide.forum"), defaultValue: props.forums[0]?.id, options: props.forums.map((f) => ({ value: f.id, label: f.name })) } },
        ...(props.meetings.length
          ? [{ kind: "field" as const, props: { as: "select" as const, name: "meetingId", label: t("initiatives.decide.meeting"), placeholder: t("initiatives.decide.noMeeting"), options: props.meetings.map((m) => ({ value: m.id, label: m.label })) } }]
          : []),
        { kind: "field", props: { name: "decidedOn", type: "date", label: t("initiatives.decide.decidedOn"), hint: t("initiatives.decide.decidedOnHint") } },
      ]}
    />
  );
}

export function MilestoneForm({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  return (
    <SimpleForm
      action={addMilestoneAction}
      hidden={{ initiativeId }}
      submitLabel={t("initiatives.milestone.add")}
      fields={[
        { kind: "field", props: { name: "title", label: t("initiatives.milestone.title"), required: true } },
        { kind: "field", props: { name: "dueOn", type: "date", label: t("initiatives.milestone.dueOn") } },
      ]}
    />
  );
}

export function MilestoneToggle({ milestoneId, title, completed }: { milestoneId: string; title: string; completed: boolean }) {
  const t = useT();
  return (
    <SimpleForm
      action={completeMilestoneAction}
      hidden={{ milestoneId, ...(completed ? {} : { completed: "on" }) }}
      submitLabel={completed ? t("initiatives.milestone.reopen", { title }) : t("initiatives.milestone.complete", { title })}
      compact
      className="inline-block"
      fields={[]}
    />
  );
}

export function CommentForm({ initiativeId, parentId, label }: { initiativeId: string; parentId?: string; label: string }) {
  const t = useT();
  return (
    <SimpleForm
      action={addCommentAction}
      hidden={{ initiativeId, ...(parentId ? { parentId } : {}) }}
      submitLabel={parentId ? t("initiatives.comment.reply") : t("initiatives.comment.add")}
      fields={[{ kind: "field", props: { as: "textarea", name: "body", label, required: true, rows: 3 } }]}
    />
  );
}
