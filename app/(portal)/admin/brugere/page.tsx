import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canManageUsers } from "@/lib/rules/users";
import { listUsers } from "@/lib/domain/users/list-users";
import { InvalidError } from "@/lib/domain/errors";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { FormField } from "@/components/forms/form-field";
import { IDLE } from "@/lib/domain/action-state";
import { buttonPrimary, buttonSecondary, caption, link, table, td, th } from "@/components/users/styles";
import { first } from "@/lib/validation/primitives";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.users.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/admin/brugere");
  if (!canManageUsers(actor).allowed) notFound(); // the page of an administrator; the query is scoped anyway
  const { t } = await getTranslator();
  const params = await searchParams;
  const input = { q: first(params.q) ?? "", page: first(params.page) ?? "" };
  // A hand-edited URL (page=abc) shows the first page rather than an error.
  const list = await listUsers(actor, input).catch((error: unknown) => {
    if (error instanceof InvalidError) return listUsers(actor, {});
    throw error;
  });
  const pageHref = (page: number) => `/admin/brugere?${new URLSearchParams({ ...(list.q ? { q: list.q } : {}), page: String(page) })}`;

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-semibold text-slate-900">{t("admin.users.title")}</h1>
        <Link href="/admin/brugere/ny" className={buttonSecondary}>
          {t("admin.users.create")}
        </Link>
      </div>

      <form method="get" action="/admin/brugere" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <FormField name="q" type="search" label={t("admin.users.search")} defaultValue={list.q} state={IDLE} className="min-w-72 flex-1" />
        <button type="submit" className={`${buttonPrimary} mb-px`}>
          {t("admin.users.searchButton")}
        </button>
      </form>

      <p role="status" className="mb-2 text-slate-700">
        {t("admin.users.count", { count: list.total })}
      </p>

      {list.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("admin.users.none")}</p>
      ) : (
        <table className={table}>
          <caption className={caption}>{t("admin.users.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("admin.users.name")}</th>
              <th scope="col" className={th}>{t("admin.users.email")}</th>
              <th scope="col" className={th}>{t("admin.users.memberships")}</th>
              <th scope="col" className={th}>{t("admin.users.status")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((user) => (
              <tr key={user.id}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/admin/brugere/${encodeURIComponent(user.id)}`} className={link}>
                    {user.name}
                  </Link>
                </th>
                <td className={td}>{user.email}</td>
                <td className={td}>
                  {user.memberships.length === 0 ? (
                    "–"
                  ) : (
                    <ul>
                      {user.memberships.map((m) => (
                        <li key={`${m.organisationName}-${m.role}`}>
                          {m.organisationName} – {t(`admin.role.${m.role}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={td}>
                  {user.active ? t("admin.users.active") : <strong>{t("admin.users.deactivatedOn", { date: formatDate(user.deactivatedAt) })}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {list.pageCount > 1 ? (
        <nav aria-label={t("admin.users.pages")} className="mt-4 flex items-center gap-4">
          {list.page > 1 ? (
            <Link href={pageHref(list.page - 1)} className={link}>
              {t("admin.users.previous")}
            </Link>
          ) : null}
          <span>{t("admin.users.pageOf", { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={pageHref(list.page + 1)} className={link}>
              {t("admin.users.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
