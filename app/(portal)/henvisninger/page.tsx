import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { canViewReferralStatistics, referralWorklistFor } from "@/lib/rules/referrals";
import { listInbox } from "@/lib/domain/referrals/list-inbox";
import { listMyReferrals } from "@/lib/domain/referrals/list-my-referrals";
import { InvalidError } from "@/lib/domain/errors";
import { getTranslator, titled } from "@/lib/i18n/server";
import { Inbox } from "./_components/inbox";
import { MyReferrals } from "./_components/my-referrals";
import { first } from "@/lib/validation/primitives";
import { H1, Intro, TextLink } from "@/components/ui";

export const generateMetadata = titled("referrals.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * /henvisninger: municipal staff get the municipality's inbox, clinicians their referrals (the
 * active organisation decides for someone with both). URL parameters: visning, tilbud, efter
 * (inbox); hvis, status, efter (clinician). A hand-edited, invalid URL falls back to the defaults.
 */
export default async function ReferralsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/henvisninger");
  const { t } = await getTranslator();
  const params = await searchParams;
  const worklist = referralWorklistFor(actor);
  const retry = <T,>(load: (input: Record<string, string>) => Promise<T>, input: Record<string, string>) =>
    load(input).catch((error: unknown) => {
      if (error instanceof InvalidError) return load({});
      throw error;
    });

  if (worklist === "inbox") {
    const page = await retry((input) => listInbox(actor, input), { view: first(params.visning) ?? "", offerId: first(params.tilbud) ?? "", after: first(params.efter) ?? "" });
    return (
      <>
        <Inbox page={page} t={t} />
        <p className="mt-8">
          <TextLink as={Link} href="/henvisninger/statistik">
            {t("referrals.statisticsLink")}
          </TextLink>
        </p>
      </>
    );
  }
  if (worklist === "mine") {
    const page = await retry((input) => listMyReferrals(actor, input), { scope: first(params.hvis) ?? "", state: first(params.status) ?? "", after: first(params.efter) ?? "" });
    return <MyReferrals page={page} t={t} />;
  }
  return (
    <div>
      <H1 className="mb-2">{t("referrals.title")}</H1>
      <Intro>{t("referrals.noWorklist")}</Intro>
      {canViewReferralStatistics(actor).allowed ? (
        <TextLink as={Link} href="/henvisninger/statistik">
          {t("referrals.statisticsLink")}
        </TextLink>
      ) : null}
    </div>
  );
}
