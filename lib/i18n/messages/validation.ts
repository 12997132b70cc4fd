/** Field-level validation messages (zod issues map onto these; see lib/validation/field-errors.ts). */
const da = {
  "validation.required": "Udfyld feltet.",
  "validation.invalid": "Værdien er ikke gyldig.",
  "validation.email": "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.",
  "validation.tooShort": "Skriv mindst {min} tegn.",
  "validation.tooLong": "Skriv højst {max} tegn.",
  "validation.number": "Skriv et tal.",
  "validation.integer": "Skriv et helt tal.",
  "validation.min": "Tallet skal være mindst {min}.",
  "validation.max": "Tallet må højst være {max}.",
  "validation.date": "Skriv en gyldig dato (dd.mm.åååå).",
  "validation.choose": "Vælg en mulighed.",
  "validation.controlCharacters": "Feltet indeholder et usynligt styretegn (fx et nul-tegn). Skriv teksten igen uden det.",
  "validation.invalidText": "Feltet indeholder tegn, der ikke er gyldig tekst. Skriv teksten igen.",
  "validation.passwordRepeat": "De to nye adgangskoder er ikke ens.",
} as const;

const en: Record<keyof typeof da, string> = {
  "validation.required": "Fill in this field.",
  "validation.invalid": "The value is not valid.",
  "validation.email": "Enter a valid e-mail address, e.g. name@municipality.dk.",
  "validation.tooShort": "Enter at least {min} characters.",
  "validation.tooLong": "Enter at most {max} characters.",
  "validation.number": "Enter a number.",
  "validation.integer": "Enter a whole number.",
  "validation.min": "The number must be at least {min}.",
  "validation.max": "The number must be at most {max}.",
  "validation.date": "Enter a valid date (dd.mm.yyyy).",
  "validation.choose": "Choose an option.",
  "validation.controlCharacters": "The field contains an invisible control character (such as a null character). Type the text again without it.",
  "validation.invalidText": "The field contains characters that are not valid text. Type the text again.",
  "validation.passwordRepeat": "The two new passwords are not the same.",
};

const validation = { da, en };
export default validation;
