/**
 * E-mail choices per notification kind (pure). A user who has not chosen gets the kind's default:
 * at once for what needs acting on (a new referral, a deadline, an overdue referral or adverse event), the daily digest
 * for the rest. The digest goes out on working days at EMAIL_DIGEST_HOUR (Danish time).
 */
import type { EmailMode, NotificationKind } from "@/lib/generated/prisma/enums";

export const EMAIL_KINDS: readonly NotificationKind[] = [
  "REFERRAL_NEW",
  "REFERRAL_DEADLINE_SOON",
  "REFERRAL_OVERDUE",
  "REFERRAL_RECEIVED",
  "REFERRAL_ACCEPTED",
  "REFERRAL_REJECTED",
  "REFERRAL_REASSIGNED",
  "REFERRAL_COMPLETED",
  "REFERRAL_DROPPED_OUT",
  "REFERRAL_CANCELLED",
  "OFFER_REVIEW_DUE",
  "ADVERSE_EVENT_DEADLINE_SOON",
  "ADVERSE_EVENT_OVERDUE",
];

export const EMAIL_MODES: readonly EmailMode[] = ["IMMEDIATE", "DIGEST", "NEVER"];

const AT_ONCE = new Set<NotificationKind>(["REFERRAL_NEW", "REFERRAL_DEADLINE_SOON", "REFERRAL_OVERDUE", "ADVERSE_EVENT_DEADLINE_SOON", "ADVERSE_EVENT_OVERDUE"]);

export function defaultEmailMode(kind: NotificationKind): EmailMode {
  if (kind === "GENERAL") return "NEVER";
  return AT_ONCE.has(kind) ? "IMMEDIATE" : "DIGEST";
}

export function emailModeOf(kind: NotificationKind, chosen: ReadonlyMap<NotificationKind, EmailMode>): EmailMode {
  return chosen.get(kind) ?? defaultEmailMode(kind);
}
