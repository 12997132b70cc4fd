import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { nextDeadline, referringOrganisationFor, type NextDeadline } from "@/lib/rules/referrals";
import { maskCpr } from "@/lib/cpr";
import { ForbiddenError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { listMyReferralsInput, REFERRALS_PAGE_SIZE, type ListMyReferralsInput } from "./schemas";
import { decodeKeyset, encodeKeyset, myReferralsPageSql, type MyReferralRow } from "./list-sql";

export type MyReferralItem = Omit<MyReferralRow, "cprBirth" | "receiptDueAt" | "decisionDueAt" | "closingDueAt"> & {
  /** `ddmmyy-xxxx` */
  maskedCpr: string;
  nextDeadline: NextDeadline | null;
};

export type MyReferralsPage = {
  organisation: { id: string; name: string };
  scope: ListMyReferralsInput["scope"];
  state: ListMyReferralsInput["state"];
  items: MyReferralItem[];
  next: string | null;
};

/**
 * The clinician's referrals ("mine henvisninger"): their own, or the whole clinic's, newest first,
 * with the dates of each step (the list's compact timeline) and the next deadline; 50 per page.
 */
export async function listMyReferrals(actor: Actor | null, input: unknown): Promise<MyReferralsPage> {
  const data = parseInput(listMyReferralsInput, input);
  const current = requireSignedIn(actor);
  const organisationId = referringOrganisationFor(current); // scoped: the clinic the actor refers for
  if (!organisationId) throw new ForbiddenError("referrals.reason.notClinician");
  const now = new Date();

  // The name comes with the actor's membership: no query.
  const organisation = { id: organisationId, name: current.memberships.find((m) => m.organisationId === organisationId)!.organisationName };
  const rows = await db.$queryRaw<MyReferralRow[]>(
    myReferralsPageSql({
      organisationId,
      userId: data.scope === "mine" ? current.userId : null,
      state: data.state,
      after: decodeKeyset(data.after),
      limit: REFERRALS_PAGE_SIZE + 1,
    }),
  );
  const page = rows.slice(0, REFERRALS_PAGE_SIZE);
  return {
    organisation,
    scope: data.scope,
    state: data.state,
    items: page.map(({ cprBirth, receiptDueAt, decisionDueAt, closingDueAt, ...rest }) => ({
      ...rest,
      maskedCpr: maskCpr(`${cprBirth}0000`),
      nextDeadline: nextDeadline({ status: rest.status, receiptDueAt, decisionDueAt, closingDueAt }, now),
    })),
    next: rows.length > REFERRALS_PAGE_SIZE ? encodeKeyset(page[page.length - 1]) : null,
  };
}
