"use client";
/**
 * The signed-in user's header facts on a page served from the shared cache (the lookup, the sign-in
 * page): fetched from GET /api/konto after the page has loaded, shared by the account island and the
 * main menu. `undefined` until the answer arrives (or when it fails: the cached header stays), `null`
 * for a visitor without a session. Fetched again each time an island mounts, so a sign-out or an
 * organisation switch is never shown stale.
 */
import { useSyncExternalStore } from "react";
import type { AccountView } from "./account-view";

let current: AccountView | null | undefined;
const listeners = new Set<() => void>();

let inflight = false;

export function loadAccount(): void {
  if (inflight) return; // the header draws the island twice (wide screens, phones): one request
  inflight = true;
  fetch("/api/konto", { cache: "no-store", credentials: "same-origin", headers: { accept: "application/json" } })
    .then((response) => (response.ok ? (response.json() as Promise<{ account: AccountView | null }>) : undefined))
    .then((answer) => {
      if (!answer) return;
      current = answer.account;
      for (const listener of listeners) listener();
    })
    .catch(() => undefined) // offline or failing: the header stays as cached (the sign-in link)
    .finally(() => {
      inflight = false;
    });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The account once known; undefined before (and on the server). */
export function useAccount(): AccountView | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
}
