import "server-only";
import type { Db } from "@/lib/db/types";
import type { AuthenticatedUser } from "./authenticate";
import { normaliseEmail } from "./throttle";

/**
 * Optional single sign-on through OpenID Connect (how Danish public bodies federate). Configured by
 * environment only; without all three variables there is no SSO provider and no SSO button.
 *   AUTH_OIDC_ISSUER         the issuer URL (its /.well-known/openid-configuration is discovered)
 *   AUTH_OIDC_CLIENT_ID      the portal's client id at the identity provider
 *   AUTH_OIDC_CLIENT_SECRET  its client secret
 *   AUTH_OIDC_NAME           optional display name of the provider (defaults to "Single sign-on")
 */
export type SsoConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function ssoConfig(env: Record<string, string | undefined> = process.env): SsoConfig | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: env.AUTH_OIDC_NAME?.trim() || "Single sign-on" };
}

export const SSO_PROVIDER_ID = "oidc";

/**
 * The portal user an identity-provider login maps to: an existing, active user with the same
 * e-mail. No auto-provisioning — an administrator creates users and grants memberships, because a
 * membership (organisation + role) is what gives access, and the identity provider knows neither.
 * An e-mail the provider itself marks as unverified is refused.
 */
export async function resolveSsoUser(
  client: Db,
  profile: { email?: unknown; email_verified?: unknown } | null | undefined,
): Promise<AuthenticatedUser | null> {
  if (!profile || typeof profile.email !== "string" || profile.email.trim() === "") return null;
  if (profile.email_verified === false || profile.email_verified === "false") return null;
  const user = await client.user.findUnique({
    where: { email: normaliseEmail(profile.email) },
    select: { id: true, active: true, sessionVersion: true, locale: true },
  });
  if (!user || !user.active) return null; // security invariant: only existing, active users
  return { id: user.id, sessionVersion: user.sessionVersion, locale: user.locale };
}

export async function recordSsoSignIn(client: Db, userId: string, now: Date = new Date()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
}
