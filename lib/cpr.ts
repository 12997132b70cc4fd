/**
 * Danish CPR numbers (personnummer). Pure: no I/O, safe on server and client.
 *
 * A CPR number is ten digits, `ddmmyy-ssss`: a birth date in the first six, a serial number in the
 * last four whose first digit (the seventh of the whole number) gives the century of the birth
 * year (the CPR office's table below). There is deliberately NO modulus-11 check: numbers without
 * a valid check digit have been issued since 2007, so the check would refuse real citizens.
 */

export type CprCheck =
  | { valid: true; cpr: string; birthDate: { year: number; month: number; day: number } }
  | { valid: false; reason: CprInvalidReason };

/** Message keys (lib/i18n/messages/referrals.ts; "validation." so field errors keep them), so the form can say what is wrong. */
export type CprInvalidReason = "validation.cpr.format" | "validation.cpr.date";

/** "010190-1234", "0101901234" and "010190 1234" → "0101901234"; anything else → null. */
export function normaliseCpr(input: string): string | null {
  const trimmed = input.trim();
  const match = /^(\d{6})[- ]?(\d{4})$/.exec(trimmed);
  return match ? `${match[1]}${match[2]}` : null;
}

/**
 * The full year of birth from the two-digit year and the seventh digit, by the CPR office's table:
 * 0–3 → 1900s; 4 and 9 → 2000s when yy ≤ 36, else 1900s; 5–8 → 2000s when yy ≤ 57, else 1800s.
 */
export function cprBirthYear(yy: number, seventhDigit: number): number {
  if (seventhDigit >= 0 && seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy; // 5, 6, 7, 8
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Validates a CPR number: ten digits (a dash or space after the sixth is accepted), a real date. */
export function checkCpr(input: string): CprCheck {
  const cpr = normaliseCpr(input);
  if (!cpr) return { valid: false, reason: "validation.cpr.format" };
  const day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  const year = cprBirthYear(yy, Number(cpr[6]));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { valid: false, reason: "validation.cpr.date" };
  return { valid: true, cpr, birthDate: { year, month, day } };
}

export function isValidCpr(input: string): boolean {
  return checkCpr(input).valid;
}

/** Lists show only the birth date: `ddmmyy-xxxx`. Input is a stored (normalised) CPR number. */
export function maskCpr(cpr: string): string {
  const normalised = normaliseCpr(cpr);
  return normalised ? `${normalised.slice(0, 6)}-xxxx` : "xxxxxx-xxxx";
}

/** The full number, readable: `ddmmyy-ssss` (the referral's own page only). */
export function formatCpr(cpr: string): string {
  const normalised = normaliseCpr(cpr);
  return normalised ? `${normalised.slice(0, 6)}-${normalised.slice(6)}` : cpr;
}
