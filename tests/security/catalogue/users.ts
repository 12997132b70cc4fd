/** Users and memberships: the administrator's user admin, a coordinator's member list, the profile. */
import type { Area } from "./types";

const ADMIN = "app/(portal)/admin/brugere/actions.ts";
const MEMBERS = "app/(portal)/organisation/medlemmer/actions.ts";
const PROFILE = "app/(portal)/profil/actions.ts";
const SECURITY = "app/(portal)/profil/security-actions.ts";
const JOBS = "app/(portal)/admin/job/actions.ts";

export const users: Area = {
  name: "users",
  actions: [
    { module: ADMIN, export: "createUserAction", shape: "state", schemas: ["users.createUserInput"], forge: { field: "organisationId", kind: "organisation", right: "change", form: (t) => ({ email: "sikkerhedstest@example.dk", name: "Sikkerhedstest", password: "Sikkerhedstest-2026-x", locale: "da", organisationId: t.id, role: "READER" }) }, creates: "User" },
    { module: ADMIN, export: "grantMembershipAction", shape: "state", schemas: ["users.grantMembershipInput"], forge: { field: "organisationId", kind: "organisation", right: "change", form: (t) => ({ organisationId: t.id, role: "READER", email: "medlem@demo.dk" }) }, creates: "Membership" },
    { module: ADMIN, export: "revokeMembershipAction", shape: "state", schemas: ["users.revokeMembershipInput"], forge: { field: "membershipId", kind: "membership", right: "change", form: (t) => ({ membershipId: t.id }) } },
    { module: ADMIN, export: "deactivateUserAction", shape: "state", schemas: ["users.deactivateUserInput"], forge: { field: "userId", kind: "user", right: "change", form: (t) => ({ userId: t.id, version: String(t.version ?? 1) }) } },
    { module: ADMIN, export: "reactivateUserAction", shape: "state", schemas: ["users.reactivateUserInput"], forge: { field: "userId", kind: "user", right: "change", form: (t) => ({ userId: t.id, version: String(t.version ?? 1) }) } },
    { module: MEMBERS, export: "grantOrganisationMembershipAction", shape: "state", schemas: ["users.grantMembershipInput"], forge: { field: "organisationId", kind: "organisation", right: "change", form: (t) => ({ organisationId: t.id, role: "READER", email: "medlem@demo.dk" }) }, creates: "Membership" },
    { module: MEMBERS, export: "revokeOrganisationMembershipAction", shape: "state", schemas: ["users.revokeMembershipInput"], forge: { field: "membershipId", kind: "membership", right: "change", form: (t) => ({ membershipId: t.id }) } },
    { module: PROFILE, export: "updateOwnProfileAction", shape: "state", schemas: ["users.updateOwnProfileInput"], noForge: "the actor's own profile: no id in the form (the session decides whose)" },
    { module: SECURITY, export: "changeOwnPasswordAction", shape: "state", schemas: ["users.changeOwnPasswordInput"], noForge: "the actor's own password: no id in the form" },
    { module: SECURITY, export: "signOutEverywhereAction", shape: "button", noForge: "the actor's own sessions: no id in the form" },
    { module: PROFILE, export: "updateEmailChoicesAction", shape: "state", noForge: "the actor's own e-mail choices: no id in the form (the session decides whose)", fields: { REFERRAL_NEW: "enum", REFERRAL_OVERDUE: "enum", version: "text" } },
    { module: JOBS, export: "retryJobAction", shape: "button", noForge: "administrators only (canManageJobs), for every job alike: a job belongs to no organisation", fields: { jobId: "text", name: "text" } },
  ],
  pages: [
    { url: "/admin/brugere/{id}", kind: "user" },
    { url: "/organisation/medlemmer?organisationId={id}", kind: "organisation" },
    { url: "/admin/revision", kind: "auditTrail" },
    { url: "/admin/adgangslog", kind: "accessLog" },
    { url: "/admin/job", kind: "auditTrail" },
  ],
  scopedElsewhere: [
    { schema: "users.grantMembershipInput", field: "userId", provenBy: "tests/integration/users-memberships.test.ts", note: "the user is found by e-mail/id; the organisation decides the right" },
    { schema: "users.getUserInput", field: "userId", provenBy: "tests/security/matrix.spec.ts", note: "the page /admin/brugere/{id} of the matrix" },
    { schema: "users.listOrganisationMembersInput", field: "organisationId", provenBy: "tests/security/matrix.spec.ts", note: "the page /organisation/medlemmer?organisationId={id} of the matrix" },
    { schema: "audit.listAuditEventsInput", field: "userId", provenBy: "tests/integration/text-clean-at-the-edge.test.ts", note: "a filter of the administrator's audit trail (canViewAuditTrail)" },
    { schema: "audit.listAuditEventsInput", field: "organisationId", provenBy: "tests/integration/text-clean-at-the-edge.test.ts", note: "a filter of the administrator's audit trail" },
    { schema: "audit.listAuditEventsInput", field: "entityId", provenBy: "tests/integration/text-clean-at-the-edge.test.ts", note: "a filter of the administrator's audit trail" },
  ],
};
