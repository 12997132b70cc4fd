"use client";

import { useT } from "@/lib/i18n/client";
import { SimpleForm } from "../../fora/_components/simple-form";
import { createInitiativeAction } from "../actions";

export function CreateInitiativeForm({ forums, forumId }: { forums: { id: string; name: string }[]; forumId: string }) {
  const t = useT();
  return (
    <SimpleForm
      action={createInitiativeAction}
      submitLabel={t("initiatives.create.submit")}
      fields={[
        { kind: "field", props: { as: "select", name: "forumId", label: t("initiatives.field.forum"), required: true, defaultValue: forumId, placeholder: t("forums.form.choose"), options: forums.map((f) => ({ value: f.id, label: f.name })) } },
        { kind: "field", props: { name: "title", label: t("initiatives.field.title"), hint: t("initiatives.field.titleHint"), required: true } },
        { kind: "field", props: { as: "textarea", name: "description", label: t("initiatives.field.description"), rows: 5 } },
        {
          kind: "field",
          props: { as: "select", name: "status", label: t("initiatives.field.status"), defaultValue: "ONGOING", options: ["PLANNED", "ONGOING", "COMPLETED", "PAUSED"].map((s) => ({ value: s, label: t.key(`initiatives.status.${s}`) })) },
        },
      ]}
    />
  );
}
