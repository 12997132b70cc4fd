import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db/client";
import { authenticate, type AuthenticatedUser } from "./authenticate";
import { requestClientIp } from "./client-ip";
import { setLocaleCookie } from "./cookies";
import { SIGN_IN_PATH } from "./next-path";
import { SESSION_MAX_AGE_SECONDS, isSessionExpired, readClaims } from "./session-claims";
import { signInSchema } from "./sign-in-schema";
import { SSO_PROVIDER_ID, recordSsoSignIn, resolveSsoUser, ssoConfig } from "./sso";
import { openUserSession } from "./user-sessions";

/**
 * next-auth v5: e-mail + password (argon2id, throttled in PostgreSQL) and, when configured, one
 * generic OpenID Connect provider. Sessions are JWT cookies holding only the user's id, session
 * version, sign-in time and the id of the server-side session row; who the user is and may do is re-read from PostgreSQL on every request
 * (lib/auth/actor.ts). See docs/decisions/003-auth-sessions.md.
 */

/** Thrown from `authorize` while the address is locked; the sign-in action shows until when. */
export class SignInLockedError extends CredentialsSignin {
  // `code` ends up in the URL of next-auth's own error redirect; it says "locked", nothing personal.
  code = "locked";
  constructor(readonly lockedUntil: Date) {
    super();
  }
}

type SignedInUser = User & AuthenticatedUser;

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      id: "credentials",
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(db, { ...parsed.data, ip: await requestClientIp() });
        if (result.ok) {
          const user: SignedInUser = { ...result.user };
          return user;
        }
        if (result.reason === "locked") throw new SignInLockedError(result.lockedUntil);
        return null; // next-auth turns this into CredentialsSignin: "wrong e-mail or password"
      },
    }),
  ];
  const sso = ssoConfig();
  if (sso) {
    list.push({
      id: SSO_PROVIDER_ID,
      name: sso.name,
      type: "oidc",
      issuer: sso.issuer,
      clientId: sso.clientId,
      clientSecret: sso.clientSecret,
      // PKCE and nonce: the authorization code and ID token cannot be replayed into another session.
      checks: ["pkce", "state", "nonce"],
    });
  }
  return list;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const authConfig: NextAuthConfig = {
  providers: providers(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider === "credentials") return true; // authorize() has already decided
      // Single sign-on admits only an existing, active portal user with the same e-mail.
      if (account?.provider === SSO_PROVIDER_ID) return (await resolveSsoUser(db, profile)) !== null;
      return false; // fail closed: an unknown provider signs nobody in
    },

    async jwt({ token, user, account, profile, trigger }) {
      if (trigger === "signIn") {
        let signedIn: AuthenticatedUser | null = null;
        if (account?.provider === "credentials") signedIn = user as SignedInUser;
        else if (account?.provider === SSO_PROVIDER_ID) {
          // Map the identity provider's subject to *our* user id by e-mail (never trust its `sub`).
          signedIn = await resolveSsoUser(db, profile);
          if (signedIn) await recordSsoSignIn(db, signedIn.id);
        }
        if (!signedIn) return null;
        await setLocaleCookie(signedIn.locale); // the UI switches to the user's own language
        // The server-side row sign-out ends (lib/auth/user-sessions.ts).
        const sessionId = await openUserSession(db, signedIn.id);
        // Security invariant: the token carries these four claims and nothing else of ours.
        return { userId: signedIn.id, sessionVersion: signedIn.sessionVersion, authTime: nowSeconds(), sessionId };
      }
      const claims = readClaims(token);
      if (!claims || isSessionExpired(claims, nowSeconds())) return null; // null clears the cookie
      return { userId: claims.userId, sessionVersion: claims.sessionVersion, authTime: claims.authTime, sessionId: claims.sessionId };
    },

    async session({ session, token }) {
      const claims = readClaims(token);
      // Only the claims and the expiry; the default name/e-mail/picture are deliberately dropped.
      return { expires: session.expires, ...(claims ?? {}) } as typeof session;
    },
  },
  logger: {
    error(error) {
      const type = (error as { type?: string }).type;
      // A failed login is expected traffic, not a server error (it is counted in SignInThrottle).
      if (error instanceof CredentialsSignin || type === "CredentialsSignin") return;
      if (type === "AccessDenied") {
        console.warn("[auth] single sign-on refused: no active portal user with that e-mail");
        return;
      }
      console.error(`[auth][error] ${type ?? error.name}: ${error.message}`, error.cause ?? "");
    },
    warn(code) {
      console.warn(`[auth][warn] ${code}`);
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
