import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { coordinatedOrganisationIds } from "@/lib/rules/users";
import { listOrganisationMembers } from "@/lib/domain/users/list-organisation-members";
import { DomainError } from "@/lib/domain/errors";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { GrantMembershipForm } from "@/components/users/grant-membership-form";
import { RevokeMembershipButton } from "@/components/users/revoke-membership-button";
import { grantOrganisationMembershipAction, revokeOrganisationMembershipAction } from "./actions";
import { first } from "@/lib/validation/primitives";
import { Banner, Table, Td, TextLink, Th } from "@/components/ui";

export const generateMetadata = titled("admin.members.metaTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A coordinator's own organisation and its members. Which organisation: ?organisationId=…, else the
 * one the user acts for, else the first they coordinate. listOrganisationMembers decides whether
 * the actor may see it — another organisation's id gives the same 404 as one that does not exist.
 */
export default async function OrganisationMembersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/organisation/medlemmer");
  const params = await searchParams;
  const coordinated = coordinatedOrganisationIds(actor);
  const organisationId =
    first(params.organisationId) ??
    (actor.activeOrganisationId && coordinated.includes(actor.activeOrganisationId) ? actor.activeOrganisationId : coordinated[0]);
  if (!organisationId) notFound();

  let data;
  try {
    data = await listOrganisationMembers(actor, { organisationId });
  } catch (error) {
    if (error instanceof DomainError) notFound(); // not visible, not a coordinator, or a malformed id: the same 404
    throw error;
  }
  const { t } = await getTranslator();
  const { organisation, members, grantableRoles } = data;
  const others = actor.memberships.filter((m) => coordinated.includes(m.organisationId) && m.organisationId !== organisation.id);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-semibold text-slate-900">{t("admin.members.title", { organisation: organisation.name })}</h1>
        {first(params.done) === "revoked" ? (
          <Banner as="p" role="status" tone="success" className="mt-4">
            {t("admin.membership.revoked")}
          </Banner>
        ) : null}
      </div>

      {members.length === 0 ? (
        <p>{t("admin.members.none")}</p>
      ) : (
        <Table>
          <caption className="sr-only">{t("admin.members.caption", { organisation: organisation.name })}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("admin.users.name")}</Th>
              <Th scope="col">{t("admin.users.email")}</Th>
              <Th scope="col">{t("admin.membership.role")}</Th>
              <Th scope="col">{t("admin.users.status")}</Th>
              <Th scope="col">{t("admin.membership.since")}</Th>
              <Th scope="col">{t("admin.membership.action")}</Th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.membershipId}>
                <Td as="th" scope="row" className="font-medium">{member.name}</Td>
                <Td>{member.email}</Td>
                <Td>{t(`admin.role.${member.role}`)}</Td>
                <Td>{member.active ? t("admin.users.active") : <strong>{t("admin.users.deactivated")}</strong>}</Td>
                <Td>{formatDate(member.since)}</Td>
                <Td>
                  {member.canRevoke ? (
                    <RevokeMembershipButton
                      action={revokeOrganisationMembershipAction}
                      membershipId={member.membershipId}
                      label={t("admin.membership.revoke")}
                      accessibleLabel={t("admin.members.revokeLabel", { role: t(`admin.role.${member.role}`), name: member.name })}
                    />
                  ) : (
                    "–"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {grantableRoles.length > 0 ? (
        <section aria-labelledby="grant" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="grant" className="mb-3 text-xl font-semibold">{t("admin.members.grantTitle")}</h2>
          <GrantMembershipForm
            action={grantOrganisationMembershipAction}
            organisationId={organisation.id}
            roles={grantableRoles.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
            submitLabel={t("admin.members.grant")}
            emailLabel={t("admin.members.email")}
            emailHint={t("admin.members.grantHint")}
          />
        </section>
      ) : null}

      {others.length > 0 ? (
        <section aria-labelledby="others">
          <h2 id="others" className="mb-3 text-xl font-semibold">{t("admin.members.otherOrganisations")}</h2>
          <ul className="list-disc pl-6">
            {others.map((m) => (
              <li key={m.membershipId}>
                <TextLink as={Link} href={`/organisation/medlemmer?${new URLSearchParams({ organisationId: m.organisationId })}`}>
                  {m.organisationName}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
