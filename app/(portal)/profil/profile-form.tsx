"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { updateOwnProfileAction } from "./actions";
import { Button } from "@/components/ui";

type Props = { name: string; locale: "da" | "en"; version: number };

/** Own name and language. The version the form was opened with makes a stale second tab a conflict. */
export function ProfileForm({ name, locale, version }: Props) {
  const t = useT();
  const [state, action, pending] = useActionState(updateOwnProfileAction, IDLE);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <FormField name="name" label={t("profile.name")} defaultValue={name} autoComplete="name" required state={state} />
      <FormField
        as="select"
        name="locale"
        label={t("profile.locale")}
        defaultValue={locale}
        options={[
          { value: "da", label: t("admin.locale.da") },
          { value: "en", label: t("admin.locale.en") },
        ]}
        required
        state={state}
      />
      <Button type="submit" disabled={pending}>
        {t("profile.submit")}
      </Button>
    </form>
  );
}
