// next-auth's endpoints (session, CSRF, OpenID Connect callback). Credentials sign-in normally goes
// through the /logind server action; a direct POST here runs the same throttled authorize().
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
