"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { updateEmailChoicesAction } from "./actions";

type Choice = { kind: string; mode: string };
const MODES = ["IMMEDIATE", "DIGEST", "NEVER"] as const;

/** One choice per kind of notification: at once, the daily digest, or never. */
export function EmailChoicesForm({ choices, version }: { choices: Choice[]; version: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(updateEmailChoicesAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        {choices.map((choice) => (
          <FormField
            key={choice.kind}
            as="select"
            name={choice.kind}
            label={t.key(`profile.emailChoices.kind.${choice.kind}`)}
            defaultValue={choice.mode}
            options={MODES.map((mode) => ({ value: mode, label: t.key(`profile.emailChoices.mode.${mode}`) }))}
            required
            state={state}
          />
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {t("profile.emailChoices.submit")}
      </Button>
    </form>
  );
}
