import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/types";
import type { AppLocale } from "@/lib/i18n/config";
import type { Actor } from "@/lib/rules/actor";

/**
 * The language switch in the shell, for a signed-in user: stores the choice on their own profile
 * so it follows them to other browsers (it is applied as the `locale` cookie at sign-in). A blind
 * one-field write — there is nothing to merge — but it bumps `version` so a profile form opened
 * earlier in another tab is refused instead of silently setting the old language back.
 */
export async function updateOwnLocale(client: Db, actor: Actor, locale: AppLocale): Promise<void> {
  await client.$transaction(async (tx) => {
    // Scoped: the id comes from the session, never from the form — one can only change one's own row.
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, locale: true } });
    if (!user || user.locale === locale) return;
    await tx.user.update({ where: { id: user.id }, data: { locale, version: { increment: 1 } } });
    await recordAuditEvent(tx, actor, {
      action: "user.setLocale",
      entityType: "User",
      entityId: user.id,
      before: { locale: user.locale },
      after: { locale },
    });
  });
}
