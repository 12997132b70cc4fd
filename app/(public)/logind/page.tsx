import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/next-path";
import { ssoConfig } from "@/lib/auth/sso";
import { getTranslator, titled } from "@/lib/i18n/server";
import { signInWithSsoAction } from "./actions";
import { SignInForm } from "./sign-in-form";
import { first } from "@/lib/validation/primitives";
import { Banner } from "@/components/ui";

export const generateMetadata = titled("auth.signIn.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  if (await getActor()) redirect(next); // already signed in

  const { t } = await getTranslator();
  // next-auth sends its own failures here as ?error=… (e.g. single sign-on for an unknown user).
  const error = first(params.error);
  const errorKey = error ? (error === "AccessDenied" ? "auth.sso.denied" : "auth.signIn.error") : null;
  const sso = ssoConfig() !== null;
  // Sent here after ending every session (lib/domain/users/change-own-password.ts, sign-out-everywhere.ts).
  const signedOut = first(params.udlogget);
  const noticeKey = signedOut === "adgangskode" ? "profile.password.changed" : signedOut === "alle" ? "profile.sessions.ended" : null;

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
