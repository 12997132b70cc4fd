import "server-only";
/**
 * What every scheduled job shares: the injected clock (a job never reads the time itself, so a test
 * sets it and no test sleeps), the settings read from the environment, and the portal's own user that
 * timeline events of scheduled steps name (a referral event needs an actor; audit rows of jobs have
 * none and say `job` in their `after`).
 */
import crypto from "node:crypto";
import type { Tx } from "@/lib/db/types";
import { db } from "@/lib/db/client";

export type JobClock = { now: Date };

export const SYSTEM_USER_EMAIL = "system@sundhedsaftaleportalen.invalid";

/** The portal's own user: inactive, no password, no membership — it can never sign in. */
export async function systemUserId(tx: Tx): Promise<string> {
  // ON CONFLICT DO NOTHING, not an upsert: two workers creating it at once must both go on.
  await tx.$executeRaw`
    INSERT INTO "User" ("id", "email", "name", "active", "updatedAt")
    VALUES (${"system-" + crypto.randomUUID()}, ${SYSTEM_USER_EMAIL}, 'Sundhedsaftaleportalen', false, now())
    ON CONFLICT ("email") DO NOTHING`;
  const user = await tx.user.findUniqueOrThrow({ where: { email: SYSTEM_USER_EMAIL }, select: { id: true } });
  return user.id;
}

/** A whole number from the environment, or the default when unset or not a number ≥ min. */
export function settingInt(name: string, fallback: number, min = 0): number {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && process.env[name] !== "" && Number.isInteger(value) && value >= min ? value : fallback;
}

/** Rows per transaction for the batch jobs. */
export const JOB_BATCH = 500;

export type AlertCounts = { reminders: number; overdue: number };

/**
 * A deadline job's batches: one transaction per batch until a batch selects fewer rows than it may
 * (the alerts of a batch are written before the next one selects, so nothing is picked twice).
 */
export async function runAlertBatches(batch: (tx: Tx) => Promise<AlertCounts & { selected: number }>, batchSize: number): Promise<AlertCounts> {
  const total: AlertCounts = { reminders: 0, overdue: 0 };
  for (;;) {
    const done = await db.$transaction(batch, { timeout: 60_000 });
    total.reminders += done.reminders;
    total.overdue += done.overdue;
    if (done.selected < batchSize) return total;
  }
}
