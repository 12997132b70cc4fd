import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canManageUsers } from "@/lib/rules/users";
import { listUsers } from "@/lib/domain/users/list-users";
import { InvalidError } from "@/lib/domain/errors";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { first } from "@/lib/validation/primitives";
import { Button, ButtonLink, DataTable, Pagination, TextLink } from "@/components/ui";

export const generateMetadata = titled("admin.users.title");

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
        <ButtonLink href="/admin/brugere/ny">
          {t("admin.users.create")}
        </ButtonLink>
      </div>

      <form method="get" action="/admin/brugere" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <FormField name="q" type="search" label={t("admin.users.search")} defaultValue={list.q} state={IDLE} className="min-w-72 flex-1" />
        <Button type="submit" className="mb-px">
          {t("admin.users.searchButton")}
        </Button>
      </form>

      <p role="status" className="mb-2 text-slate-700">
        {t("admin.users.count", { count: list.total })}
      </p>

      <DataTable
        caption={t("admin.users.caption")}
        rows={list.items}
        rowKey={(user) => user.id}
        empty={<p className="rounded-md border border-slate-200 bg-white p-4">{t("admin.users.none")}</p>}
        columns={[
          {
            header: t("admin.users.name"),
            rowHeader: true,
            cell: (user) => (
              <TextLink as={Link} href={`/admin/brugere/${encodeURIComponent(user.id)}`}>
                {user.name}
              </TextLink>
            ),
          },
          { header: t("admin.users.email"), cell: (user) => <span className="break-all">{user.email}</span> },
          {
            header: t("admin.users.memberships"),
            cell: (user) =>
              user.memberships.length === 0 ? (
                "–"
              ) : (
                <ul>
                  {user.memberships.map((m) => (
                    <li key={`${m.organisationName}-${m.role}`}>
                      {m.organisationName} – {t(`admin.role.${m.role}`)}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            header: t("admin.users.status"),
            cell: (user) => (user.active ? t("admin.users.active") : <strong>{t("admin.users.deactivatedOn", { date: formatDate(user.deactivatedAt) })}</strong>),
          },
        ]}
      />

      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={pageHref}
        labels={{ nav: t("admin.users.pages"), previous: t("admin.users.previous"), next: t("admin.users.next"), status: t("admin.users.pageOf", { page: list.page, pageCount: list.pageCount }) }}
      />
    </div>
  );
}
