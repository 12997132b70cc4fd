import type { AppLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { ssoConfig } from "@/lib/auth/sso";
import type { SignInState } from "@/lib/auth/sign-in-state";
import { Banner } from "@/components/ui";
import { signInWithSsoAction } from "../actions";
import { SignInForm } from "./sign-in-form";

/**
 * The sign-in page's content for a state (where to go afterwards, why the visitor was signed out, a
 * failure next-auth sent back) in `locale`. It reads no cookie and no session, so it is rendered once
 * per state and served from the cache (app/(cached)/logind/[key]); the per-request page
 * (app/(public)/logind/page.tsx: a signed-in visitor is sent on, a form post's answer) shows the same.
 * The form is a plain POST, so signing in works without JavaScript.
 */
export function SignInView({ state, locale }: { state: SignInState; locale: AppLocale }) {
  const t = translator(locale);
  const { next } = state;
  const errorKey = state.error === "AccessDenied" ? "auth.sso.denied" : state.error ? "auth.signIn.error" : null;
  const noticeKey = state.signedOut === "adgangskode" ? "profile.password.changed" : state.signedOut === "alle" ? "profile.sessions.ended" : null;
  const sso = ssoConfig() !== null;

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold text-slate-900">{t("auth.signIn.title")}</h1>
      {next !== "/" && !errorKey ? <p className="mt-3 text-slate-800">{t("auth.signIn.required")}</p> : null}
      {noticeKey ? (
        <Banner as="p" role="status" tone="success" className="mt-4">
          {t(noticeKey)}
        </Banner>
      ) : null}
      {errorKey ? (
        <Banner as="p" role="alert" tone="error" className="mt-4">
          {t(errorKey)}
        </Banner>
      ) : null}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="mb-4 text-slate-800">{t("auth.signIn.intro")}</p>
        <SignInForm next={next} />
        {sso ? (
          <div className="mt-6 border-t border-slate-200 pt-6">
            <p className="mb-3 text-center text-slate-700">{t("auth.sso.or")}</p>
            <form action={signInWithSsoAction}>
              <input type="hidden" name="next" value={next} />
              <button
                type="submit"
                aria-describedby="sso-hint"
                className="w-full rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t("auth.sso.submit")}
              </button>
              <p id="sso-hint" className="mt-2 text-sm text-slate-700">
                {t("auth.sso.hint")}
              </p>
            </form>
          </div>
        ) : null}
      </div>
      <p className="mt-4 text-sm text-slate-700">{t("auth.signIn.noAccount")}</p>
    </div>
  );
}
