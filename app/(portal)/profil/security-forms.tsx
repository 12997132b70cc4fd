"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { changeOwnPasswordAction, signOutEverywhereAction } from "./security-actions";

/** Change one's own password: the current one, the new one twice. Success signs out everywhere. */
export function ChangePasswordForm({ newPasswordHint }: { newPasswordHint: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(changeOwnPasswordAction, IDLE);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <FormField name="currentPassword" type="password" label={t("profile.password.current")} autoComplete="current-password" required state={state} />
      <FormField
        name="newPassword"
        type="password"
        label={t("profile.password.new")}
        hint={newPasswordHint}
        autoComplete="new-password"
        required
        state={state}
      />
      <FormField name="newPasswordRepeat" type="password" label={t("profile.password.repeat")} autoComplete="new-password" required state={state} />
      <Button disabled={pending}>{t("profile.password.submit")}</Button>
    </form>
  );
}

/** Ends every session of the user, this one too. */
export function SignOutEverywhereForm() {
  const t = useT();
  return (
    <form action={signOutEverywhereAction}>
      <Button variant="secondary">{t("profile.sessions.submit")}</Button>
    </form>
  );
}
