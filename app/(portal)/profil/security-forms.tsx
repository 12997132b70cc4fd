"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/forms/form-field";
import { buttonPrimary, buttonSecondary } from "@/components/users/styles";
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
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {t("profile.password.submit")}
      </button>
    </form>
  );
}

/** Ends every session of the user, this one too. */
export function SignOutEverywhereForm() {
  const t = useT();
  return (
    <form action={signOutEverywhereAction}>
      <button type="submit" className={buttonSecondary}>
        {t("profile.sessions.submit")}
      </button>
    </form>
  );
}
