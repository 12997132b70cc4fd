import "server-only";
/**
 * The client's IP address for the per-IP sign-in throttle (decision 026), read from
 * X-Forwarded-For the only safe way: counting TRUSTED_PROXY_HOPS proxies from the right.
 *
 * Each proxy appends the address it received the request from, so with N trusted proxies in front
 * (a TLS terminator, a load balancer) the client is the Nth entry from the right; everything left
 * of it is whatever the client wrote and is ignored. Without a proxy (TRUSTED_PROXY_HOPS=0, the
 * default) Next itself fills X-Forwarded-For with the socket's address — but only when the client
 * sent none, so a client can then choose its own "address": the per-e-mail throttle stays the
 * dependable one, and a deployment behind a proxy must set TRUSTED_PROXY_HOPS (README).
 */
import { headers } from "next/headers";

export function clientIpFrom(forwardedFor: string | null, hops: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const index = entries.length - Math.max(1, hops);
  return index >= 0 ? entries[index].slice(0, 100) : null;
}

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** The request's client IP, or null outside a request (a test calling authorize directly). */
export async function requestClientIp(): Promise<string | null> {
  try {
    return clientIpFrom((await headers()).get("x-forwarded-for"), trustedProxyHops());
  } catch {
    return null;
  }
}
