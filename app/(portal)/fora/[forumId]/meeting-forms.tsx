"use client";

import { useT } from "@/lib/i18n/client";
import { SimpleForm } from "../_components/simple-form";
import { createMeetingAction } from "../actions";

/** Plan a meeting: date, time (Danish time) and place. */
export function NewMeetingForm({ forumId }: { forumId: string }) {
  const t = useT();
  return (
    <SimpleForm
      action={createMeetingAction}
      hidden={{ forumId }}
      submitLabel={t("meetings.create")}
      fields={[
        { kind: "field", props: { name: "date", type: "date", label: t("meetings.date"), required: true } },
        { kind: "field", props: { name: "time", label: t("meetings.time"), hint: t("meetings.timeHint"), required: true, defaultValue: "13:00", inputMode: "numeric" } },
        { kind: "field", props: { name: "place", label: t("meetings.place") } },
      ]}
    />
  );
}
