import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canViewAccessLog } from "@/lib/rules/referrals";
import { listAccessLog, type AccessLogPage } from "@/lib/domain/referrals/list-access-log";
import { InvalidError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { first } from "@/lib/validation/primitives";
import { Button, Caption, H1, Intro, Panel, Table, Td, TextLink, Th } from "@/components/ui";

export const generateMetadata = titled("accessLog.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /admin/adgangslog — the referral access log, for the platform administrator only. */
export default async function AccessLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/admin/adgangslog");
  if (!canViewAccessLog(actor).allowed) notFound(); // listAccessLog checks again
  const { t } = await getTranslator();
  const params = await searchParams;
  const input = { reference: first(params.henvisning) ?? "", email: first(params.bruger) ?? "", after: first(params.efter) ?? "" };
  const page: AccessLogPage = await listAccessLog(actor, input).catch((error: unknown) => {
    if (error instanceof InvalidError) return listAccessLog(actor, {});
    throw error;
  });
  const filters = { ...(page.reference ? { henvisning: page.reference } : {}), ...(page.email ? { bruger: page.email } : {}) };

  return (
    <div>
      <H1 className="mb-2">{t("accessLog.title")}</H1>
      <Intro>{t("accessLog.intro")}</Intro>
      <Panel as="form" method="get" action="/admin/adgangslog" aria-labelledby="access-filters" className="mb-6">
        <h2 id="access-filters" className="mb-3 text-lg font-semibold">
          {t("accessLog.filters")}
        </h2>
        <div className="grid gap-x-4 md:grid-cols-2">
          <FormField name="henvisning" label={t("accessLog.reference")} hint={t("accessLog.reference.hint")} defaultValue={page.reference} autoComplete="off" state={IDLE} />
          <FormField name="bruger" type="email" label={t("accessLog.email")} defaultValue={page.email} autoComplete="off" state={IDLE} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">
            {t("accessLog.apply")}
          </Button>
          <TextLink as={Link} href="/admin/adgangslog">
            {t("accessLog.reset")}
          </TextLink>
        </div>
      </Panel>
      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("accessLog.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Caption>{t("accessLog.caption")}</Caption>
            <thead>
              <tr>
                <Th scope="col">{t("accessLog.accessedAt")}</Th>
                <Th scope="col">{t("accessLog.user")}</Th>
                <Th scope="col">{t("accessLog.organisation")}</Th>
                <Th scope="col">{t("accessLog.referral")}</Th>
                <Th scope="col">{t("accessLog.purpose")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <Td as="th" scope="row" className="whitespace-nowrap font-normal">
                    <time dateTime={item.accessedAt.toISOString()}>{formatDateTime(item.accessedAt)}</time>
                  </Td>
                  <Td>
                    {item.userName}
                    <br />
                    <span className="text-slate-700">{item.userEmail}</span>
                  </Td>
                  <Td>{item.organisationName}</Td>
                  <Td>
                    <TextLink as={Link} href={`/admin/adgangslog?${new URLSearchParams({ henvisning: item.reference })}`}>
                      {item.reference}
                    </TextLink>
                  </Td>
                  <Td>{item.purpose === "view" ? t("accessLog.purpose.view") : item.purpose}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {page.next ? (
        <p className="mt-4">
          <TextLink as={Link} href={`/admin/adgangslog?${new URLSearchParams({ ...filters, efter: page.next })}`} rel="next">
            {t("referrals.nextPage")}
          </TextLink>
        </p>
      ) : null}
    </div>
  );
}
