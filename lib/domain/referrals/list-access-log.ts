import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewAccessLog } from "@/lib/rules/referrals";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ACCESS_LOG_PAGE_SIZE, listAccessLogInput } from "./schemas";
import { decodeKeyset } from "./list-sql";

export type AccessLogItem = {
  id: string;
  accessedAt: Date;
  userName: string;
  userEmail: string;
  organisationName: string;
  referralId: string;
  reference: string;
  purpose: string;
};

export type AccessLogPage = { items: AccessLogItem[]; next: string | null; reference: string; email: string };

/**
 * The referral access log for the administrator: who read which referral, for which organisation,
 * when — newest first, 100 per page by keyset, filtered by reference or e-mail. The rows name the
 * referral by its reference only; no citizen data is read.
 */
export async function listAccessLog(actor: Actor | null, input: unknown): Promise<AccessLogPage> {
  const data = parseInput(listAccessLogInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canViewAccessLog(current));
  const after = decodeKeyset(data.after);

  const rows = await db.referralAccessLog.findMany({
    where: {
      ...(data.reference ? { referral: { reference: data.reference } } : {}),
      ...(data.email ? { user: { email: data.email } } : {}),
      ...(after ? { OR: [{ accessedAt: { lt: after.sentAt } }, { accessedAt: after.sentAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ accessedAt: "desc" }, { id: "desc" }],
    take: ACCESS_LOG_PAGE_SIZE + 1,
    select: {
      id: true,
      accessedAt: true,
      purpose: true,
      referralId: true,
      user: { select: { name: true, email: true } },
      organisation: { select: { name: true } },
      referral: { select: { reference: true } },
    },
  });
  const page = rows.slice(0, ACCESS_LOG_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      accessedAt: r.accessedAt,
      userName: r.user.name,
      userEmail: r.user.email,
      organisationName: r.organisation.name,
      referralId: r.referralId,
      reference: r.referral.reference,
      purpose: r.purpose,
    })),
    next: rows.length > ACCESS_LOG_PAGE_SIZE && last ? `${last.accessedAt.toISOString()}_${last.id}` : null,
    reference: data.reference ?? "",
    email: data.email ?? "",
  };
}
