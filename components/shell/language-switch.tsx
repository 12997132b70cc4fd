import { setLocaleAction } from "./actions";
import type { AppLocale } from "@/lib/i18n/config";

const LANGUAGES: { locale: AppLocale; label: string }[] = [
  { locale: "da", label: "Dansk" },
  { locale: "en", label: "English" },
];

/** Dansk / English, each name in its own language; the current one is marked pressed. */
export function LanguageSwitch({ locale, label }: { locale: AppLocale; label: string }) {
  return (
    // A form is a landmark only with a name, and "group" is not a role a form may take (axe
    // aria-allowed-role): the name goes on a fieldset, which is a group by itself.
    <form action={setLocaleAction}>
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">{label}</legend>
        {LANGUAGES.map((language) => (
          <button
            key={language.locale}
            type="submit"
            name="locale"
            value={language.locale}
            lang={language.locale}
            aria-pressed={language.locale === locale}
            className={`rounded px-2 py-1 ${
              language.locale === locale ? "bg-brand-700 font-semibold text-white" : "text-brand-800 underline hover:bg-brand-50"
            }`}
          >
            {language.label}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
