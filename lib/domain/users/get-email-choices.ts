import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { emailChoicesOf, type EmailChoicesDto } from "./email-choices-dto";

/** A user's own e-mail choices per notification kind; scoped to the session's user id, never an input. */
export async function getEmailChoices(actor: Actor | null): Promise<EmailChoicesDto> {
  const current = requireSignedIn(actor);
  return emailChoicesOf(db, current.userId);
}
