import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canViewAuditTrail } from "@/lib/rules/users";
import { listAuditEvents, type AuditEventPage } from "@/lib/domain/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/domain/audit/list-audit-filter-options";
import { InvalidError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator, titled } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/i18n/format";
import { FormField } from "@/components/ui/field";
import { first } from "@/lib/validation/primitives";
import { Banner, Button, Caption, Table, Td, TextLink, Th } from "@/components/ui";

export const generateMetadata = titled("admin.audit.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const FILTERS = ["userId", "organisationId", "entityType", "entityId"] as const;

/** A message for a known key, else the raw value (actions and entity types of areas added later). */
const labelOr = (t: Translate, key: string, raw: string) => {
  const text = t.key(key);
  return text === key ? raw : text;
};

export default async function AuditTrailPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/admin/revision");
  if (!canViewAuditTrail(actor).allowed) notFound(); // administrator only; listAuditEvents checks again
  const { t } = await getTranslator();
  const params = await searchParams;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, first(params[name])?.trim() ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const before = first(params.before) ?? "";

  const [result, options] = await Promise.all([
    listAuditEvents(actor, { ...filters, before }).then(
      (page) => ({ page, invalid: false }),
      (error: unknown) => {
        if (!(error instanceof InvalidError)) throw error;
        // A hand-edited URL: say so instead of failing.
        return { page: { items: [], nextCursor: null } as AuditEventPage, invalid: true };
      },
    ),
    listAuditFilterOptions(actor),
  ]);
  const { page, invalid } = result;
  const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  const hrefWith = (extra: Record<string, string>) => `/admin/revision?${new URLSearchParams({ ...active, ...extra })}`;

  return (
    <div>
      <h1 className="mb-2 text-3xl font-semibold text-slate-900">{t("admin.audit.title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-800">{t("admin.audit.intro")}</p>

      <form method="get" action="/admin/revision" aria-labelledby="audit-filters" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="audit-filters" className="mb-3 text-lg font-semibold">{t("admin.audit.filters")}</h2>
        <div className="grid gap-x-4 md:grid-cols-2">
          <FormField
            as="select"
            name="userId"
            label={t("admin.audit.user")}
            options={options.users.map((u) => ({ value: u.id, label: u.label }))}
            placeholder={t("admin.audit.all")}
            defaultValue={filters.userId}
            state={IDLE}
          />
          <FormField
            as="select"
            name="organisationId"
            label={t("admin.audit.organisation")}
            options={options.organisations.map((o) => ({ value: o.id, label: o.label }))}
            placeholder={t("admin.audit.all")}
            defaultValue={filters.organisationId}
            state={IDLE}
          />
          <FormField
            as="select"
            name="entityType"
            label={t("admin.audit.entityType")}
            options={options.entityTypes.map((type) => ({ value: type, label: labelOr(t, `admin.audit.entity.${type}`, type) }))}
            placeholder={t("admin.audit.all")}
            defaultValue={filters.entityType}
            state={IDLE}
          />
          <FormField name="entityId" label={t("admin.audit.entityId")} defaultValue={filters.entityId} autoComplete="off" state={IDLE} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">
            {t("admin.audit.apply")}
          </Button>
          <TextLink as={Link} href="/admin/revision">
            {t("admin.audit.reset")}
          </TextLink>
        </div>
      </form>

      {invalid ? (
        <Banner as="p" role="alert" tone="error" className="mb-4">
          {t("errors.invalid")}
        </Banner>
      ) : null}

      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("admin.audit.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Caption>{t("admin.audit.caption")}</Caption>
            <thead>
              <tr>
                <Th scope="col">{t("admin.audit.occurredAt")}</Th>
                <Th scope="col">{t("admin.audit.user")}</Th>
                <Th scope="col">{t("admin.audit.organisation")}</Th>
                <Th scope="col">{t("admin.audit.action")}</Th>
                <Th scope="col">{t("admin.audit.entity")}</Th>
                <Th scope="col">{t("admin.audit.changes")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((event) => {
                const action = labelOr(t, `admin.audit.action.${event.action}`, event.action);
                return (
                  <tr key={event.id}>
                    <Td as="th" scope="row" className="whitespace-nowrap font-normal">
                      <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>
                    </Td>
                    <Td>
                      {event.actorName ? (
                        <>
                          {event.actorName}
                          <br />
                          <span className="text-slate-700">{event.actorEmail}</span>
                        </>
                      ) : (
                        t("admin.audit.system")
                      )}
                    </Td>
                    <Td>{event.organisationName ?? "–"}</Td>
                    <Td>{action}</Td>
                    <Td>
                      {labelOr(t, `admin.audit.entity.${event.entityType}`, event.entityType)}
                      <br />
                      <TextLink as={Link} href={hrefWith({ entityType: event.entityType, entityId: event.entityId })} className="break-all text-xs">
                        {event.entityId}
                      </TextLink>
                    </Td>
                    <Td>
                      {event.changes.length === 0 ? (
                        "–"
                      ) : (
                        <details>
                          <summary className="cursor-pointer font-medium text-brand-700">{t("admin.audit.showChanges")}</summary>
                          <table className="mt-2 w-full border-collapse text-xs">
                            <caption className="sr-only">{t("admin.audit.changesCaption", { action })}</caption>
                            <thead>
                              <tr>
                                <th scope="col" className="border-b px-2 py-1 text-left">{t("admin.audit.field")}</th>
                                <th scope="col" className="border-b px-2 py-1 text-left">{t("admin.audit.before")}</th>
                                <th scope="col" className="border-b px-2 py-1 text-left">{t("admin.audit.after")}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {event.changes.map((change) => (
                                <tr key={change.field} className={change.changed ? "bg-amber-50 font-semibold" : undefined}>
                                  <th scope="row" className="border-b px-2 py-1 text-left font-mono font-normal">{change.field}</th>
                                  <td className="break-all border-b px-2 py-1">{change.before || "–"}</td>
                                  <td className="break-all border-b px-2 py-1">{change.after || "–"}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </details>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </div>
      )}

      {before || page.nextCursor ? (
        <nav aria-label={t("admin.audit.pages")} className="mt-4 flex gap-6">
          {before ? (
            <TextLink as={Link} href={hrefWith({})}>
              {t("admin.audit.newest")}
            </TextLink>
          ) : null}
          {page.nextCursor ? (
            <TextLink as={Link} href={hrefWith({ before: page.nextCursor })}>
              {t("admin.audit.older")}
            </TextLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
