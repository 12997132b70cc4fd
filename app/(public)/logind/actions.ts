"use server";
import { CredentialsSignin } from "next-auth";
import { defineAction } from "@/lib/actions/define-action";
import { SignInLockedError, signIn } from "@/lib/auth/auth";
import { clearOrganisationCookie } from "@/lib/auth/cookies";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { SSO_PROVIDER_ID, ssoConfig } from "@/lib/auth/sso";
import { parseInput } from "@/lib/domain/pipeline";
import { formatClock } from "@/lib/i18n/format";

/**
 * E-mail + password sign-in. next-auth's signIn runs the throttled authorize() (lib/auth/auth.ts);
 * with `redirect: false` it sets the session cookie and returns, and a failure arrives as a thrown
 * CredentialsSignin (our SignInLockedError while locked), which `mapError` turns into a form message.
 */
export const signInAction = defineAction({
  name: "auth.signIn",
  run: async (_actor, input: Record<string, string>) => {
    const { email, password } = parseInput(signInSchema, { email: input.email, password: input.password });
    await signIn("credentials", { email, password, redirect: false });
    await clearOrganisationCookie(); // a previous user's organisation choice does not carry over
  },
  mapError: (error) => {
    if (error instanceof SignInLockedError) return { status: "forbidden", messageKey: "auth.signIn.locked", params: { time: formatClock(error.lockedUntil) } };
    // One message for unknown e-mail, wrong password and deactivated user: nothing to enumerate.
    if (error instanceof CredentialsSignin) return { status: "invalid", messageKey: "auth.signIn.failed" };
    return undefined; // unexpected (database down…): logged with the request id
  },
  // Echo the e-mail so the form keeps it — never the password.
  echo: (values, formData) => ({ email: values.email ?? "", next: safeNextPath(formData.get("next")) }),
  done: (_result, formData) => ({ redirect: safeNextPath(formData.get("next")) }), // relative paths only: no open redirect
});

/** Single sign-on: off to the identity provider (only when configured), back to `next` afterwards. */
export const signInWithSsoAction = defineAction({
  name: "auth.signInWithSso",
  run: async (_actor, input: Record<string, string>) => {
    if (!ssoConfig()) return;
    await clearOrganisationCookie();
    await signIn(SSO_PROVIDER_ID, { redirectTo: safeNextPath(input.next) }); // throws Next's redirect, let through
  },
  onError: { redirectTo: () => "/logind" },
  done: () => ({ redirect: "/logind" }),
});
