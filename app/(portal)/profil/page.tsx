import { requireActor } from "@/lib/auth/actor";
import { getUser } from "@/lib/domain/users/get-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/users/schemas";
import { getTranslator, titled } from "@/lib/i18n/server";
import { getEmailChoices } from "@/lib/domain/users/get-email-choices";
import { Banner } from "@/components/ui";
import { ProfileForm } from "./profile-form";
import { EmailChoicesForm } from "./email-choices-form";
import { ChangePasswordForm, SignOutEverywhereForm } from "./security-forms";

export const generateMetadata = titled("profile.title");

export default async function ProfilePage() {
  const actor = await requireActor("/profil");
  const { t } = await getTranslator();
  // One's own user is always visible to oneself (scope: the session's user id).
  const me = await getUser(actor, { userId: actor.userId });
  const email = await getEmailChoices(actor);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-semibold text-slate-900">{t("profile.title")}</h1>
      <p className="mb-6 max-w-2xl text-slate-800">{t("profile.intro")}</p>
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <dl className="mb-4">
          <dt className="font-medium text-slate-900">{t("profile.email")}</dt>
          <dd>{me.email}</dd>
          <dd className="text-sm text-slate-700">{t("profile.emailHint")}</dd>
        </dl>
        {/* After saving, the page re-renders with the new version; the form keeps its success message. */}
        <ProfileForm name={me.name} locale={me.locale} version={me.version} />
      </div>
      {me.hasPassword ? (
        <section aria-labelledby="password-heading" className="mt-8 max-w-xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="password-heading" className="mb-2 text-xl font-semibold text-slate-900">
            {t("profile.password.title")}
          </h2>
          <p className="mb-4 text-slate-800">{t("profile.password.intro")}</p>
          <ChangePasswordForm newPasswordHint={t("profile.password.newHint", { min: PASSWORD_MIN_LENGTH })} />
        </section>
      ) : null}
      <section aria-labelledby="email-heading" className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="email-heading" className="mb-2 text-xl font-semibold text-slate-900">
          {t("profile.emailChoices.title")}
        </h2>
        <p className="mb-4 text-slate-800">{t("profile.emailChoices.intro", { hour: `${String(email.digestHour).padStart(2, "0")}:00` })}</p>
        {email.enabled ? null : (
          <Banner tone="info" className="mb-4">
            {t("profile.emailChoices.off")}
          </Banner>
        )}
        <EmailChoicesForm choices={email.choices} version={email.version} />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-8 max-w-xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="sessions-heading" className="mb-2 text-xl font-semibold text-slate-900">
          {t("profile.sessions.title")}
        </h2>
        <p className="mb-4 text-slate-800">{t("profile.sessions.intro")}</p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
