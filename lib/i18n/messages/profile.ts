/** The signed-in user's own profile (app/(portal)/profil). */
const da = {
  "profile.title": "Din profil",
  "profile.intro": "Dit navn vises for dine kolleger og i revisionssporet. Sproget bruges i hele portalen.",
  "profile.email": "E-mail",
  "profile.emailHint": "Kontakt en administrator, hvis din e-mailadresse skal ændres.",
  "profile.name": "Navn",
  "profile.locale": "Sprog",
  "profile.submit": "Gem",
  "profile.saved": "Din profil er gemt.",
  "profile.reason.ownOnly": "Du kan kun ændre din egen profil.",
} as const;

const en: Record<keyof typeof da, string> = {
  "profile.title": "Your profile",
  "profile.intro": "Your name is shown to your colleagues and in the audit trail. The language applies to the whole portal.",
  "profile.email": "E-mail",
  "profile.emailHint": "Contact an administrator if your e-mail address needs to change.",
  "profile.name": "Name",
  "profile.locale": "Language",
  "profile.submit": "Save",
  "profile.saved": "Your profile has been saved.",
  "profile.reason.ownOnly": "You can only change your own profile.",
};

const profile = { da, en };
export default profile;
