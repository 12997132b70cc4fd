"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { signInAction } from "../actions";

export function SignInForm({ next }: { next: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(signInAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <FormField name="email" type="email" label={t("auth.signIn.email")} autoComplete="username" inputMode="email" required state={state} />
      <FormField name="password" type="password" label={t("auth.signIn.password")} autoComplete="current-password" required state={state} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("auth.signIn.pending") : t("auth.signIn.submit")}
      </button>
    </form>
  );
}
