"use client";

import { useEffect } from "react";
import { AccountMenu } from "./account-menu";
import { loadAccount, useAccount } from "./account-store";

/**
 * The one per-user hole in the header of a page served from the shared cache (the lookup and the
 * sign-in page are the same HTML for everybody): the cached HTML carries `children` — the sign-in
 * link — and in the browser this island asks GET /api/konto who is signed in and shows their menu
 * instead (name, organisation, notifications, sign-out). Without JavaScript the sign-in link stays;
 * for a signed-in user it leads to /logind, which sends them on to the front page with their full
 * header. docs/decisions/019-one-cached-page-per-request-state.md.
 */
export function AccountIsland({ children, idPrefix }: { children: React.ReactNode; idPrefix?: string }) {
  const account = useAccount();
  useEffect(loadAccount, []);
  return account ? <AccountMenu account={account} idPrefix={idPrefix} /> : <>{children}</>;
}
