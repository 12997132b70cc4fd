import "server-only";
import { hash, verify, type Algorithm } from "@node-rs/argon2";

/**
 * Password hashing with argon2id (memory-hard, the OWASP recommendation).
 *
 * Parameters: 19 MiB memory, 2 passes, 1 lane — OWASP's baseline for argon2id. Heavier settings buy
 * little against offline attacks at this scale and would make every sign-in compete for the two
 * cores an app server has; the parameters are stored in each hash (PHC string), so raising them
 * later only affects new hashes.
 */
// `Algorithm` is a const enum in the package's typings, which isolatedModules cannot inline.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed or foreign hash must never sign anyone in, nor crash the sign-in page.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for unknown e-mails, users without a password
 * (single sign-on only) and deactivated users — so response time does not reveal which is which.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password that matches nothing");
  await verifyPassword(await dummyHash, password);
  return false;
}
