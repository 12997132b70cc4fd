"use server";
/**
 * Server actions of user administration, declared through defineAction (lib/actions/define-action.ts):
 * each hands the form and the request's actor to a domain operation, which parses, scopes, decides
 * and writes. Here: what to refresh and where to go next.
 */
import { defineAction, success } from "@/lib/actions/define-action";
import { createUser } from "@/lib/domain/users/create-user";
import { grantMembership } from "@/lib/domain/users/grant-membership";
import { revokeMembership } from "@/lib/domain/users/revoke-membership";
import { deactivateUser } from "@/lib/domain/users/deactivate-user";
import { reactivateUser } from "@/lib/domain/users/reactivate-user";

const userPage = (userId: string) => `/admin/brugere/${encodeURIComponent(userId)}`;

export const createUserAction = defineAction({
  name: "users.create",
  run: createUser,
  // Never echo a password back to the browser.
  echo: ({ password: _password, ...values }) => values,
  revalidate: ["/admin/brugere"],
  done: (user) => ({ redirect: `${userPage(user.id)}?done=created` }),
});

export const grantMembershipAction = defineAction({
  name: "users.grantMembership",
  run: grantMembership,
  revalidate: (membership) => [userPage(membership.userId)],
  done: () => success("admin.membership.granted"),
});

export const revokeMembershipAction = defineAction({
  name: "users.revokeMembership",
  run: revokeMembership,
  revalidate: (membership) => [userPage(membership.userId)],
  // The revoked row (and its form) disappears, so the confirmation is shown by the page.
  done: (membership) => ({ redirect: `${userPage(membership.userId)}?done=revoked` }),
});

export const deactivateUserAction = defineAction({
  name: "users.deactivate",
  run: deactivateUser,
  revalidate: ["/admin/brugere"],
  done: (user) => ({ redirect: `${userPage(user.id)}?done=deactivated` }),
});

export const reactivateUserAction = defineAction({
  name: "users.reactivate",
  run: reactivateUser,
  revalidate: ["/admin/brugere"],
  done: (user) => ({ redirect: `${userPage(user.id)}?done=reactivated` }),
});
