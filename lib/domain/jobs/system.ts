import "server-only";
/**
 * What every scheduled job shares: the injected clock (a job never reads the time itself, so a test
 * sets it and no test sleeps), the settings read from the environment, and the portal's own user that
 * timeline events of scheduled steps name (a referral event needs an actor; audit rows of jobs have
 * none and say `job` in their `after`).
 */
import type { Tx } from "@/lib/db/types";

export type JobClock = { now: Date };

export const SYSTEM_USER_EMAIL = "system@sundhedsaftaleportalen.invalid";

/** The portal's own user: inactive, no password, no membership — it can never sign in. */
export async function systemUserId(tx: Tx): Promise<string> {
  const user = await tx.user.upsert({
    where: { email: SYSTEM_USER_EMAIL },
    update: {},
    create: { email: SYSTEM_USER_EMAIL, name: "Sundhedsaftaleportalen", active: false, passwordHash: null },
    select: { id: true },
  });
  return user.id;
}

/** A whole number from the environment, or the default when unset or not a number ≥ min. */
export function settingInt(name: string, fallback: number, min = 0): number {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && process.env[name] !== "" && Number.isInteger(value) && value >= min ? value : fallback;
}

/** Rows per transaction for the batch jobs. */
export const JOB_BATCH = 500;
