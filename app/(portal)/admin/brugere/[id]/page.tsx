import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canDeactivateUser, canManageUsers, canReactivateUser, canRevokeMembership } from "@/lib/rules/users";
import { getUser } from "@/lib/domain/users/get-user";
import { listManageableOrganisations } from "@/lib/domain/users/list-manageable-organisations";
import { DomainError } from "@/lib/domain/errors";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { GrantMembershipForm } from "@/components/users/grant-membership-form";
import { RevokeMembershipButton } from "@/components/users/revoke-membership-button";
import { grantMembershipAction, revokeMembershipAction } from "../actions";
import { UserAccessForm } from "./user-access-form";
import { first } from "@/lib/validation/primitives";
import { Banner, ButtonLink, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Messages for ?done=… after a redirect from an action (a fixed list: nothing from the URL is echoed). */
const DONE: Record<string, string> = {
  created: "admin.user.created",
  deactivated: "admin.user.deactivated",
  reactivated: "admin.user.reactivated",
  revoked: "admin.membership.revoked",
};
const ROLE_ORDER: Role[] = ["ADMIN", "COORDINATOR", "CASEWORKER", "CLINICIAN", "READER", "RISK_MANAGER"];

// Cached per request: generateMetadata and the page share one load.
const loadUser = cache(async (id: string) => {
  const actor = await requireActor(`/admin/brugere/${encodeURIComponent(id)}`);
  if (!canManageUsers(actor).allowed) notFound(); // the page of an administrator; every operation checks again
  try {
    return { actor, user: await getUser(actor, { userId: id }) };
  } catch (error) {
    if (error instanceof DomainError) notFound(); // not visible or malformed id: the same 404
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { user } = await loadUser((await params).id);
  return { title: user.name };
}

export default async function UserPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const { actor, user } = await loadUser(id);
  const query = await searchParams;
  const { t } = await getTranslator();
  const organisations = await listManageableOrganisations(actor);
  const roles = ROLE_ORDER.filter((role) => organisations.some((o) => o.grantableRoles.includes(role)));
  const done = DONE[first(query.done) ?? ""];
  const confirm = first(query.confirm);
  const here = `/admin/brugere/${encodeURIComponent(user.id)}`;
  const deactivate = canDeactivateUser(actor, user);

  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2">
          <TextLink as={Link} href="/admin/brugere">
            {t("admin.create.back")}
          </TextLink>
        </p>
        <h1 className="text-3xl font-semibold text-slate-900">{user.name}</h1>
        {done ? (
          <Banner as="p" role="status" tone="success" className="mt-4">
            {t.key(done)}
          </Banner>
        ) : null}
      </div>

      <section aria-labelledby="details">
        <h2 id="details" className="mb-3 text-xl font-semibold">{t("admin.user.details")}</h2>
        <dl className="grid max-w-xl grid-cols-[max-content_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <dt className="font-medium">{t("admin.users.email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-medium">{t("admin.user.language")}</dt>
          <dd>{t(`admin.locale.${user.locale}`)}</dd>
          <dt className="font-medium">{t("admin.users.status")}</dt>
          <dd>{user.active ? t("admin.users.active") : t("admin.users.deactivatedOn", { date: formatDate(user.deactivatedAt) })}</dd>
          <dt className="font-medium">{t("admin.user.createdAt")}</dt>
          <dd>{formatDate(user.createdAt)}</dd>
          <dt className="font-medium">{t("admin.user.lastSignIn")}</dt>
          <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("admin.user.never")}</dd>
        </dl>
        <ul className="mt-3 flex flex-wrap gap-x-6">
          <li>
            <TextLink as={Link} href={`/admin/revision?${new URLSearchParams({ entityType: "User", entityId: user.id })}`}>
              {t("admin.user.auditAbout")}
            </TextLink>
          </li>
          <li>
            <TextLink as={Link} href={`/admin/revision?${new URLSearchParams({ userId: user.id })}`}>
              {t("admin.user.auditBy")}
            </TextLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="memberships">
        <h2 id="memberships" className="mb-3 text-xl font-semibold">{t("admin.membership.title")}</h2>
        {user.memberships.length === 0 ? (
          <p>{t("admin.membership.none")}</p>
        ) : (
          <Table>
            <caption className="sr-only">{t("admin.membership.caption", { name: user.name })}</caption>
            <thead>
              <tr>
                <Th scope="col">{t("admin.membership.organisation")}</Th>
                <Th scope="col">{t("admin.membership.kind")}</Th>
                <Th scope="col">{t("admin.membership.role")}</Th>
                <Th scope="col">{t("admin.membership.since")}</Th>
                <Th scope="col">{t("admin.membership.action")}</Th>
              </tr>
            </thead>
            <tbody>
              {user.memberships.map((m) => {
                const revocable = canRevokeMembership(actor, { id: m.organisationId, kind: m.organisationKind }, m).allowed;
                return (
                  <tr key={m.id}>
                    <Td as="th" scope="row" className="font-medium">{m.organisationName}</Td>
                    <Td>{t(`admin.kind.${m.organisationKind}`)}</Td>
                    <Td>{t(`admin.role.${m.role}`)}</Td>
                    <Td>{formatDate(m.createdAt)}</Td>
                    <Td>
                      {revocable ? (
                        <RevokeMembershipButton
                          action={revokeMembershipAction}
                          membershipId={m.id}
                          label={t("admin.membership.revoke")}
                          accessibleLabel={t("admin.membership.revokeLabel", { role: t(`admin.role.${m.role}`), organisation: m.organisationName })}
                        />
                      ) : (
                        "–"
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="grant" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="grant" className="mb-3 text-xl font-semibold">{t("admin.membership.grantTitle")}</h2>
        <GrantMembershipForm
          action={grantMembershipAction}
          userId={user.id}
          organisations={organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`admin.kind.${o.kind}`)})` }))}
          roles={roles.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
          submitLabel={t("admin.membership.grant")}
        />
      </section>

      <section aria-labelledby="access">
        <h2 id="access" className="mb-3 text-xl font-semibold">{t("admin.user.access")}</h2>
        {user.active ? (
          !deactivate.allowed ? (
            <p>{t.key(deactivate.reason)}</p>
          ) : confirm === "deactivate" ? (
            <UserAccessForm mode="deactivate" userId={user.id} version={user.version} name={user.name} cancelHref={here} />
          ) : (
            <ButtonLink href={`${here}?confirm=deactivate`}>
              {t("admin.user.deactivate")}
            </ButtonLink>
          )
        ) : canReactivateUser(actor).allowed ? (
          confirm === "reactivate" ? (
            <UserAccessForm mode="reactivate" userId={user.id} version={user.version} name={user.name} cancelHref={here} />
          ) : (
            <ButtonLink href={`${here}?confirm=reactivate`}>
              {t("admin.user.reactivate")}
            </ButtonLink>
          )
        ) : null}
      </section>
    </div>
  );
}
