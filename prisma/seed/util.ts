/** Small helpers shared by the seed files: deterministic ids, a seeded PRNG, dates and working days. */
import type { Tx } from "@/lib/db/types";

export type { Tx };

/** "Næstved Kommune" → "naestved-kommune": for deterministic ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Deterministic id: every seeded row has one, so re-running the seed updates instead of duplicating. */
export function seedId(...parts: (string | number)[]): string {
  return ["seed", ...parts.map((p) => slug(String(p)))].join("-");
}

/** A tiny seeded PRNG (mulberry32), seeded from a string, so "varied" demo content is the same every run. */
export function prng(seedText: string): () => number {
  let h = 1779033703 ^ seedText.length;
  for (let i = 0; i < seedText.length; i++) {
    h = Math.imul(h ^ seedText.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A calendar date (UTC midnight), for @db.Date columns: date("2015-01-01"). */
export function date(iso: string): Date {
  const d = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`bad date ${iso}`);
  return d;
}

/** A timestamp in Danish local time written as "2019-03-14 13:00" (CET/CEST approximated by month). */
export function danishTime(text: string): Date {
  const [day, time = "00:00"] = text.split(" ");
  const month = Number(day.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? "+02:00" : "+01:00";
  return new Date(`${day}T${time}:00${offset}`);
}

const DAY = 24 * 60 * 60 * 1000;

/** Midnight UTC of the given instant's day: the anchor the demo's relative dates count from. */
export function startOfUtcDay(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / DAY) * DAY);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY);
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 60 * 60 * 1000);
}

/**
 * Adds weekdays, skipping Saturdays and Sundays. An approximation of Danish working days (public
 * holidays are not skipped): good enough for the demo's deadline fields; the referral flow computes
 * the real ones.
 */
export function addWeekdays(instant: Date, days: number): Date {
  let result = new Date(instant);
  let left = days;
  while (left > 0) {
    result = addDays(result, 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return result;
}

/** Moves a weekend instant forward to Monday (the demo's municipal staff do not work weekends). */
export function onWeekday(instant: Date): Date {
  const weekday = instant.getUTCDay();
  if (weekday === 6) return addDays(instant, 2);
  if (weekday === 0) return addDays(instant, 1);
  return instant;
}

/** Moves a weekend instant back to Friday. */
export function previousWeekday(instant: Date): Date {
  const weekday = instant.getUTCDay();
  if (weekday === 6) return addDays(instant, -1);
  if (weekday === 0) return addDays(instant, -2);
  return instant;
}

/** GS1 check digit (mod 10, weights 3/1 from the right) for a 12-digit location number body. */
export function gs1CheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return String((10 - (sum % 10)) % 10);
}

/** A plausible 13-digit Danish location number (lokationsnummer, 5790000…) with a valid check digit. */
export function locationNumber(serial: string): string {
  const body = `5790000${serial.padStart(5, "0")}`;
  if (body.length !== 12) throw new Error(`location number serial too long: ${serial}`);
  return body + gs1CheckDigit(body);
}
