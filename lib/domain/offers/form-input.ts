/**
 * The offer form posts checkbox groups (several values under one name) and location rows
 * (`locations.0.name` …). `formValues()` of lib/domain/action-state.ts keeps one value per name, so the
 * offer actions turn a FormData into the plain object the schemas expect with this helper, and echo
 * the groups back joined by commas for the form to re-check them after a failed submit.
 * Pure: no server-only imports.
 */
export const OFFER_ARRAY_FIELDS = ["riskFactors", "diagnoses", "formats", "languages"] as const;

export function offerFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const locations: Record<string, string>[] = [];
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const location = /^locations\.(\d)\.(\w+)$/.exec(key);
    if (location) {
      const index = Number(location[1]);
      (locations[index] ??= {})[location[2]] = value;
      continue;
    }
    if ((OFFER_ARRAY_FIELDS as readonly string[]).includes(key)) {
      ((input[key] ??= []) as string[]).push(value);
      continue;
    }
    input[key] = value;
  }
  input.locations = locations.filter(Boolean);
  return input;
}

/** What a failed submit echoes back: every field as a string, checkbox groups joined by commas. */
export function offerFormEcho(formData: FormData, values: Record<string, string>): Record<string, string> {
  const echo = { ...values };
  for (const field of OFFER_ARRAY_FIELDS) echo[field] = formData.getAll(field).filter((v) => typeof v === "string").join(",");
  return echo;
}
