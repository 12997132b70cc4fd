"use server";
/**
 * A coordinator's membership actions for their own organisation, declared through defineAction. The
 * domain operations scope every id to the actor's own organisation (another organisation's → not found).
 */
import { defineAction, success } from "@/lib/actions/define-action";
import { grantMembership } from "@/lib/domain/users/grant-membership";
import { revokeMembership } from "@/lib/domain/users/revoke-membership";

export const grantOrganisationMembershipAction = defineAction({
  name: "organisation.grantMembership",
  run: grantMembership,
  revalidate: ["/organisation/medlemmer"],
  done: () => success("admin.membership.granted"),
});

export const revokeOrganisationMembershipAction = defineAction({
  name: "organisation.revokeMembership",
  run: revokeMembership,
  revalidate: ["/organisation/medlemmer"],
  // The revoked row (and its form) disappears, so the confirmation is shown by the page.
  done: (membership) => ({ redirect: `/organisation/medlemmer?organisationId=${encodeURIComponent(membership.organisationId)}&done=revoked` }),
});
