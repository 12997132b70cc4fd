"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { createUserAction } from "../actions";
import { Button } from "@/components/ui";

type Option = { value: string; label: string };

/** `passwordHint` comes from the page, which knows the minimum length from the schema. */
export function CreateUserForm({ organisations, roles, passwordHint }: { organisations: Option[]; roles: Option[]; passwordHint: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <FormField name="name" label={t("admin.create.name")} autoComplete="off" required state={state} />
      <FormField name="email" type="email" label={t("admin.create.email")} autoComplete="off" inputMode="email" required state={state} />
      <FormField
        name="password"
        type="password"
        label={t("admin.create.password")}
        hint={passwordHint}
        autoComplete="new-password"
        required
        state={state}
      />
      <FormField
        as="select"
        name="locale"
        label={t("admin.create.locale")}
        defaultValue="da"
        options={[
          { value: "da", label: t("admin.locale.da") },
          { value: "en", label: t("admin.locale.en") },
        ]}
        required
        state={state}
      />
      <FormField
        as="select"
        name="organisationId"
        label={t("admin.create.organisation")}
        options={organisations}
        placeholder={t("admin.create.noOrganisation")}
        state={state}
      />
      <FormField
        as="select"
        name="role"
        label={t("admin.create.role")}
        hint={t("admin.create.roleHint")}
        options={roles}
        placeholder={t("admin.create.chooseRole")}
        state={state}
      />
      <Button type="submit" disabled={pending}>
        {t("admin.create.submit")}
      </Button>
    </form>
  );
}
