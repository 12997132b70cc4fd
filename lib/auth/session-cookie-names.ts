/**
 * The session cookie next-auth issues: `__Secure-` prefixed when the site is served over https.
 * The cookie's name is also the salt its encryption key is derived with, so a token only decrypts
 * under the name it was issued for. (Its own module: proxy.ts needs the names, not the decryption.)
 */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
