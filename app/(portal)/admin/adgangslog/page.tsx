import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canViewAccessLog } from "@/lib/rules/referrals";
import { listAccessLog, type AccessLogPage } from "@/lib/domain/referrals/list-access-log";
import { InvalidError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { FormField } from "@/components/forms/form-field";
import { buttonPrimary, caption, h1, intro, link, panel, table, td, th } from "../../henvisninger/_components/styles";
import { first } from "@/lib/validation/primitives";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("accessLog.title") };
}

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
      <h1 className={h1}>{t("accessLog.title")}</h1>
      <p className={intro}>{t("accessLog.intro")}</p>
      <form method="get" action="/admin/adgangslog" aria-labelledby="access-filters" className={panel}>
        <h2 id="access-filters" className="mb-3 text-lg font-semibold">
          {t("accessLog.filters")}
        </h2>
        <div className="grid gap-x-4 md:grid-cols-2">
          <FormField name="henvisning" label={t("accessLog.reference")} hint={t("accessLog.reference.hint")} defaultValue={page.reference} autoComplete="off" state={IDLE} />
          <FormField name="bruger" type="email" label={t("accessLog.email")} defaultValue={page.email} autoComplete="off" state={IDLE} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonPrimary}>
            {t("accessLog.apply")}
          </button>
          <Link href="/admin/adgangslog" className={link}>
            {t("accessLog.reset")}
          </Link>
        </div>
      </form>
      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("accessLog.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={table}>
            <caption className={caption}>{t("accessLog.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("accessLog.accessedAt")}</th>
                <th scope="col" className={th}>{t("accessLog.user")}</th>
                <th scope="col" className={th}>{t("accessLog.organisation")}</th>
                <th scope="col" className={th}>{t("accessLog.referral")}</th>
                <th scope="col" className={th}>{t("accessLog.purpose")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className={`${td} whitespace-nowrap font-normal`}>
                    <time dateTime={item.accessedAt.toISOString()}>{formatDateTime(item.accessedAt)}</time>
                  </th>
                  <td className={td}>
                    {item.userName}
                    <br />
                    <span className="text-slate-700">{item.userEmail}</span>
                  </td>
                  <td className={td}>{item.organisationName}</td>
                  <td className={td}>
                    <Link href={`/admin/adgangslog?${new URLSearchParams({ henvisning: item.reference })}`} className={link}>
                      {item.reference}
                    </Link>
                  </td>
                  <td className={td}>{item.purpose === "view" ? t("accessLog.purpose.view") : item.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.next ? (
        <p className="mt-4">
          <Link href={`/admin/adgangslog?${new URLSearchParams({ ...filters, efter: page.next })}`} className={link} rel="next">
            {t("referrals.nextPage")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
