/**
 * The closing days as a setting. Pure: the caller passes the raw value (lib/domain reads it from
 * the environment variable WORKING_DAY_OPEN_CLOSING_DAYS).
 *
 * The setting lists the closing days that are *working* days for this installation, comma
 * separated: "constitutionDay", "christmasEve", "newYearsEve" (or their dates "06-05", "12-24",
 * "12-31"). Empty or absent → all three are closed (the default). Unknown words are ignored.
 */
import { DEFAULT_CLOSING_DAYS, type ClosingDay } from "./holidays";

const ALIASES: Record<string, ClosingDay> = {
  constitutionday: "constitutionDay",
  "06-05": "constitutionDay",
  grundlovsdag: "constitutionDay",
  christmaseve: "christmasEve",
  "12-24": "christmasEve",
  juleaftensdag: "christmasEve",
  newyearseve: "newYearsEve",
  "12-31": "newYearsEve",
  nytaarsaftensdag: "newYearsEve",
};

export function closingDaysFromSetting(value: string | undefined | null): Record<ClosingDay, boolean> {
  const closing = { ...DEFAULT_CLOSING_DAYS };
  for (const word of (value ?? "").split(",")) {
    const day = ALIASES[word.trim().toLowerCase()];
    if (day) closing[day] = false;
  }
  return closing;
}
