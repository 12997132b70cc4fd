import "server-only";
/**
 * The text of a notification mail, in the recipient's language. No health data, ever: a mail names
 * the referral by its reference and links to it — never a CPR number, a citizen's name, an offer or a
 * reason (an offer's title next to a reference would say what the citizen is treated for). The portal
 * shows the rest after sign-in.
 */
import type { Locale, NotificationKind } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/translate";
import { portalUrl, type Mail } from "./mailer";

export type MailItem = { kind: NotificationKind; reference: string | null; referralId: string | null };

/** Where a mail without a referral links to: the list the kind is about (an adverse event's own page is for its risk managers after sign-in). */
const LIST_OF: Partial<Record<NotificationKind, string>> = { OFFER_REVIEW_DUE: "/mine-tilbud", ADVERSE_EVENT_DEADLINE_SOON: "/haendelser", ADVERSE_EVENT_OVERDUE: "/haendelser" };

function lineOf(t: ReturnType<typeof translator>, item: MailItem): string {
  const text = t.key(`email.kind.${item.kind}`, { reference: item.reference ?? "" });
  const link = portalUrl(item.referralId ? `/henvisninger/${encodeURIComponent(item.referralId)}` : (LIST_OF[item.kind] ?? "/notifikationer"));
  return `${text}\n${link}`;
}

export function composeMail(to: string, locale: Locale, items: readonly MailItem[], digest: boolean): Mail {
  const t = translator(locale);
  const subject = digest ? t("email.subject.digest", { count: items.length }) : t("email.subject.one", { text: t.key(`email.kind.${items[0].kind}`, { reference: items[0].reference ?? "" }) });
  const intro = digest ? t("email.intro.digest", { count: items.length }) : t("email.intro.one");
  const text = [intro, "", ...items.map((item) => lineOf(t, item) + "\n"), t("email.footer", { profile: portalUrl("/profil") })].join("\n");
  return { to, subject, text };
}
