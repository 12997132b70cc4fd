import "server-only";
import type { Actor } from "@/lib/rules/actor";

// CONTRACT (implemented by the auth work): the actor of the current request, loaded once per request
// (React cache) from the session via lib/auth/load-actor.ts; null when signed out, deactivated, or
// the session is stale.
export async function getActor(): Promise<Actor | null> {
  return null;
}

/** In pages: the actor, or a redirect to the sign-in page. Server actions use getActor() and refuse. */
export async function requireActor(): Promise<Actor> {
  throw new Error("not implemented yet");
}
