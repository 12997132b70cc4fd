"use client";

import { useT } from "@/lib/i18n/client";
import type { ActionState } from "@/lib/domain/action-state";
import { AID_CATEGORIES, AID_PARTIES, AID_PARTY_FIELDS, type AidContent } from "@/lib/aids/fields";
import { SimpleForm, type SimpleField } from "@/app/(portal)/fora/_components/simple-form";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden ids and the optimistic version. */
  hidden: Record<string, string | number>;
  values: Partial<AidContent>;
  submitLabel: string;
  /** A proposal asks why. */
  justification?: boolean;
};

/** The aid's content: what it is, and who is responsible for what at a temporary and a permanent need. */
export function AidForm({ action, hidden, values, submitLabel, justification }: Props) {
  const t = useT();
  const parties = AID_PARTIES.map((p) => ({ value: p, label: t.key(`aids.party.${p}`) }));
  const text = (name: keyof AidContent, extra: { hint?: string; required?: boolean; multiline?: boolean } = {}): SimpleField => ({
    kind: "field",
    props: extra.multiline
      ? { as: "textarea", name, label: t.key(`aids.field.${name}`), hint: extra.hint, rows: 3, defaultValue: String(values[name] ?? "") }
      : { name, label: t.key(`aids.field.${name}`), hint: extra.hint, required: extra.required, defaultValue: String(values[name] ?? "") },
  });
  const partyRow = (use: "temporary" | "permanent"): SimpleField => ({
    kind: "row",
    legend: t.key(`aids.useHeading.${use}`),
    fields: AID_PARTY_FIELDS.filter((f) => f.startsWith(use)).map((name) => ({ as: "select" as const, name, label: t.key(`aids.field.${name}`), required: true, options: parties, defaultValue: values[name] ?? "MUNICIPALITY" })),
  });
  const fields: SimpleField[] = [
    text("number", { hint: t("aids.field.numberHint"), required: true }),
    text("name", { required: true }),
    { kind: "field", props: { as: "select", name: "category", label: t("aids.field.category"), required: true, defaultValue: values.category ?? "SOCIAL_AID", options: AID_CATEGORIES.map((c) => ({ value: c, label: t.key(`aids.category.${c}`) })) } },
    text("description", { multiline: true }),
    text("synonyms", { hint: t("aids.field.synonymsHint") }),
    partyRow("temporary"),
    text("temporaryLegalBasis"),
    text("temporaryNote", { multiline: true }),
    partyRow("permanent"),
    text("permanentLegalBasis"),
    text("permanentNote", { multiline: true }),
    text("notes", { multiline: true }),
    ...(justification ? [{ kind: "field" as const, props: { as: "textarea" as const, name: "justification", label: t("aids.field.justification"), required: true, rows: 3 } }] : []),
  ];
  return <SimpleForm action={action} hidden={hidden} fields={fields} submitLabel={submitLabel} />;
}
