"use server";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { SignInLockedError, signIn } from "@/lib/auth/auth";
import { clearOrganisationCookie } from "@/lib/auth/cookies";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { SSO_PROVIDER_ID, ssoConfig } from "@/lib/auth/sso";
import type { ActionState } from "@/lib/domain/action-state";
import { formatClock } from "@/lib/i18n/format";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

/**
 * E-mail + password sign-in. next-auth's signIn runs the throttled authorize() (lib/auth/auth.ts);
 * with `redirect: false` it sets the session cookie and returns, and a failure arrives as a thrown
 * CredentialsSignin (our SignInLockedError while locked), which becomes a form message.
 */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const next = safeNextPath(formData.get("next")); // relative paths only: no open redirect
  // Echo the e-mail so the form keeps it — never the password.
  const values = { email: String(formData.get("email") ?? ""), next };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { status: "invalid", messageKey: "errors.invalid", fieldErrors: fieldErrorsFromZod(parsed.error), values };
  }

  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInLockedError) {
      return { status: "forbidden", messageKey: "auth.signIn.locked", params: { time: formatClock(error.lockedUntil) }, fieldErrors: {}, values };
    }
    // One message for unknown e-mail, wrong password and deactivated user: nothing to enumerate.
    if (error instanceof CredentialsSignin) {
      return { status: "invalid", messageKey: "auth.signIn.failed", fieldErrors: {}, values };
    }
    throw error; // unexpected (database down…): the error boundary, without internals
  }

  await clearOrganisationCookie(); // a previous user's organisation choice does not carry over
  redirect(next);
}

/** Single sign-on: off to the identity provider (only when configured), back to `next` afterwards. */
export async function signInWithSsoAction(formData: FormData): Promise<void> {
  if (!ssoConfig()) return;
  await clearOrganisationCookie();
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeNextPath(formData.get("next")) }); // throws Next's redirect
}
