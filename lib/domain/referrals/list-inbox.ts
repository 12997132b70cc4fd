import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { nextDeadline, receivingMunicipalityFor, type NextDeadline } from "@/lib/rules/referrals";
import { maskCpr } from "@/lib/cpr";
import { compareDanish } from "@/lib/i18n/format";
import { ForbiddenError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { listInboxInput, REFERRALS_PAGE_SIZE, type InboxView } from "./schemas";
import { decodeKeyset, encodeKeyset, inboxPageSql, inboxSummarySql, type InboxRow, type InboxSummaryRow } from "./list-sql";

export type InboxItem = {
  id: string;
  reference: string;
  kind: InboxRow["kind"];
  status: InboxRow["status"];
  citizenName: string;
  /** `ddmmyy-xxxx` */
  maskedCpr: string;
  sentAt: Date;
  offerTitle: string | null;
  referringOrganisationName: string;
  nextDeadline: NextDeadline | null;
};

export type InboxPage = {
  municipality: { id: string; name: string };
  view: InboxView;
  offerId: string | null;
  items: InboxItem[];
  /** Cursor of the next page, or null on the last page. */
  next: string | null;
  counts: Record<InboxView, number | null>;
  offers: { offerId: string | null; title: string | null; count: number }[];
};

/**
 * The municipality's inbox (indbakke): open referrals received by the municipality the actor works
 * for now — new, overdue, received (awaiting decision), accepted (awaiting start), in progress, or
 * all — optionally for one offer; 50 per page by keyset. Staff (COORDINATOR, CASEWORKER) only.
 */
export async function listInbox(actor: Actor | null, input: unknown): Promise<InboxPage> {
  const data = parseInput(listInboxInput, input);
  const current = requireSignedIn(actor);
  const municipalityId = receivingMunicipalityFor(current); // scoped: only the municipality the actor is staff of
  if (!municipalityId) throw new ForbiddenError("referrals.reason.notReceiverStaff");
  const now = new Date();

  // The name comes with the actor's membership: no query.
  const municipality = { id: municipalityId, name: current.memberships.find((m) => m.organisationId === municipalityId)!.organisationName };

  const [rows, summary] = await Promise.all([
    db.$queryRaw<InboxRow[]>(
      inboxPageSql({ municipalityId, view: data.view, offerId: data.offerId, after: decodeKeyset(data.after), now, limit: REFERRALS_PAGE_SIZE + 1 }),
    ),
    db.$queryRaw<InboxSummaryRow[]>(inboxSummarySql({ municipalityId, now })),
  ]);

  const page = rows.slice(0, REFERRALS_PAGE_SIZE);
  const inScope = data.offerId ? summary.filter((c) => c.offerId === data.offerId) : summary;
  const byStatus = (status: string) => inScope.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0);
  const offers = new Map<string | null, { offerId: string | null; title: string | null; count: number }>();
  for (const c of summary) {
    const entry = offers.get(c.offerId) ?? { offerId: c.offerId, title: c.title, count: 0 };
    entry.count += c.count;
    offers.set(c.offerId, entry);
  }
  return {
    municipality,
    view: data.view,
    offerId: data.offerId ?? null,
    items: page.map((r) => ({
      id: r.id,
      reference: r.reference,
      kind: r.kind,
      status: r.status,
      citizenName: r.citizenName,
      maskedCpr: maskCpr(`${r.cprBirth}0000`),
      sentAt: r.sentAt,
      offerTitle: r.offerTitle,
      referringOrganisationName: r.referringOrganisationName,
      nextDeadline: nextDeadline(r, now),
    })),
    next: rows.length > REFERRALS_PAGE_SIZE ? encodeKeyset(page[page.length - 1]) : null,
    counts: {
      new: byStatus("SENT"),
      overdue: inScope.reduce((sum, c) => sum + c.overdue, 0),
      received: byStatus("RECEIVED"),
      accepted: byStatus("ACCEPTED"),
      inProgress: byStatus("IN_PROGRESS"),
      all: null,
    },
    offers: [...offers.values()].sort((a, b) => (a.offerId === null ? -1 : b.offerId === null ? 1 : compareDanish(a.title ?? "", b.title ?? ""))),
  };
}
