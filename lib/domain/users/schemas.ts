/**
 * Input schemas of the user operations. Naming scheme (used across lib/domain): the schema of
 * operation `fooBar` is `fooBarInput`; its parsed type is `FooBarInput = z.output<typeof fooBarInput>`.
 * Error messages are message keys (lib/i18n); unnamed issues are mapped by lib/validation/field-errors.
 * Inputs arrive as form strings, so numbers are coerced and empty optional fields count as absent.
 */
import { z } from "zod";
import { Locale, Role } from "@/lib/generated/prisma/enums";
import { email, id, optional, requiredText, searchText, version } from "@/lib/validation/primitives";

const name = requiredText(200);
const role = z.enum(Role, { error: "validation.choose" });
const locale = z.enum(Locale, { error: "validation.choose" });

export const PASSWORD_MIN_LENGTH = 12;

export const createUserInput = z
  .object({
    email,
    name,
    password: z.string().min(PASSWORD_MIN_LENGTH).max(1000),
    locale: z.preprocess((v) => (v === "" || v === undefined ? "da" : v), locale),
    organisationId: optional(id),
    role: optional(role),
  })
  .superRefine((value, ctx) => {
    // The first membership is optional, but half of one is a mistake.
    if (value.organisationId && !value.role) ctx.addIssue({ code: "custom", path: ["role"], message: "validation.choose" });
    if (value.role && !value.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "validation.choose" });
  });
export type CreateUserInput = z.output<typeof createUserInput>;

export const grantMembershipInput = z
  .object({
    organisationId: id,
    role,
    // The administrator picks the user on the user's page (userId); a coordinator types the
    // e-mail address of an existing user.
    userId: optional(id),
    email: optional(email),
  })
  .superRefine((value, ctx) => {
    if (!value.userId && !value.email) ctx.addIssue({ code: "custom", path: ["email"], message: "validation.required" });
  });
export type GrantMembershipInput = z.output<typeof grantMembershipInput>;

export const revokeMembershipInput = z.object({ membershipId: id });
export type RevokeMembershipInput = z.output<typeof revokeMembershipInput>;

export const deactivateUserInput = z.object({ userId: id, version });
export type DeactivateUserInput = z.output<typeof deactivateUserInput>;

export const reactivateUserInput = z.object({ userId: id, version });
export type ReactivateUserInput = z.output<typeof reactivateUserInput>;

export const updateOwnProfileInput = z.object({ name, locale, version });
export type UpdateOwnProfileInput = z.output<typeof updateOwnProfileInput>;

/**
 * Changing one's own password. The repeat must match; the new one must differ from the current one
 * (checked after the current one is verified, in the operation).
 */
export const changeOwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1, { error: "validation.required" }).max(1000),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(1000),
    newPasswordRepeat: z.string().max(1000),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.newPasswordRepeat) {
      ctx.addIssue({ code: "custom", path: ["newPasswordRepeat"], message: "validation.passwordRepeat" });
    }
  });
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordInput>;

export const USERS_PAGE_SIZE = 50;

export const listUsersInput = z.object({
  q: optional(searchText(200)),
  page: z.preprocess((v) => (v === "" || v === undefined ? 1 : v), z.coerce.number().int().min(1).max(10_000)),
});
export type ListUsersInput = z.output<typeof listUsersInput>;

export const getUserInput = z.object({ userId: id });
export type GetUserInput = z.output<typeof getUserInput>;

export const listOrganisationMembersInput = z.object({ organisationId: id });
export type ListOrganisationMembersInput = z.output<typeof listOrganisationMembersInput>;
