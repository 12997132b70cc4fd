/** Sign-in, sign-out and single sign-on. */
const da = {
  "auth.signIn.title": "Log ind",
  "auth.signIn.intro": "Log ind med din e-mailadresse og adgangskode.",
  "auth.signIn.email": "E-mailadresse",
  "auth.signIn.password": "Adgangskode",
  "auth.signIn.submit": "Log ind",
  "auth.signIn.pending": "Logger ind …",
  "auth.signIn.failed": "Forkert e-mailadresse eller adgangskode.",
  "auth.signIn.locked": "For mange mislykkede forsøg. Prøv igen kl. {time}.",
  "auth.signIn.error": "Login mislykkedes. Prøv igen.",
  "auth.signIn.required": "Log ind for at se siden.",
  "auth.signIn.noAccount": "Har du ikke en konto? Kontakt administratoren i din organisation.",
  "auth.sso.or": "eller",
  "auth.sso.submit": "Log ind med single sign-on",
  "auth.sso.hint": "Brug din organisations fælles login.",
  "auth.sso.denied": "Din organisation kendte dig, men portalen har ingen aktiv bruger med din e-mailadresse. Kontakt din administrator.",
  "auth.signOut": "Log ud",
} as const;

const en: Record<keyof typeof da, string> = {
  "auth.signIn.title": "Sign in",
  "auth.signIn.intro": "Sign in with your e-mail address and password.",
  "auth.signIn.email": "E-mail address",
  "auth.signIn.password": "Password",
  "auth.signIn.submit": "Sign in",
  "auth.signIn.pending": "Signing in …",
  "auth.signIn.failed": "Wrong e-mail address or password.",
  "auth.signIn.locked": "Too many failed attempts. Try again at {time}.",
  "auth.signIn.error": "Sign-in failed. Please try again.",
  "auth.signIn.required": "Sign in to see this page.",
  "auth.signIn.noAccount": "No account? Contact the administrator in your organisation.",
  "auth.sso.or": "or",
  "auth.sso.submit": "Sign in with single sign-on",
  "auth.sso.hint": "Use your organisation's shared login.",
  "auth.sso.denied": "Your organisation recognised you, but the portal has no active user with your e-mail address. Contact your administrator.",
  "auth.signOut": "Sign out",
};

const auth = { da, en };
export default auth;
