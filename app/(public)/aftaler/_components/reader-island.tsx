"use client";
/**
 * The reader's part of an agreement version's reading page (decision 037, "Signed-in readers"). The
 * cached page (app/(cached)/aftaleversion/[key]) is the same HTML for everybody — what everybody may
 * see. For a signed-in reader it is completed in the browser, once the account island knows somebody
 * is signed in (components/shell/account-store.ts), from GET /api/aftaler/<id>/v/<n> (per request,
 * `private, no-store`): the workspace link for a coordinator of a party, and the drafts they may see
 * in the list of versions. The per-request page (a draft, or a version this server has not seen
 * public yet) passes no `source`: it already rendered the reader's part on the server.
 *
 * Without JavaScript the cached page stays what everybody sees; the workspace is also reached from
 * the agreements' editing pages, and a draft's own address answers per request.
 */
import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { ButtonLink, TextLink } from "@/components/ui";
import { useAccount } from "@/components/shell/account-store";

export type ReaderSource = { agreementId: string; number: number };
type Reader = { canOpenWorkspace: boolean; drafts: { number: number; text: string }[] };

let current: { url: string; reader: Reader | null } | undefined;
let inflight: string | null = null;
const listeners = new Set<() => void>();

function loadReader(url: string): void {
  if (inflight === url) return; // the page draws two islands: one request
  inflight = url;
  fetch(url, { cache: "no-store", credentials: "same-origin", headers: { accept: "application/json" } })
    .then((response) => (response.ok ? (response.json() as Promise<{ reader: Reader | null }>) : undefined))
    .then((answer) => {
      if (!answer) return;
      current = { url, reader: answer.reader };
      for (const listener of listeners) listener();
    })
    .catch(() => undefined) // offline or failing: the page stays what everybody sees
    .finally(() => {
      if (inflight === url) inflight = null;
    });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's part for `source` once known; undefined without a source, without a signed-in user, or before the answer. */
function useReader(source: ReaderSource | null): Reader | undefined {
  const signedIn = Boolean(useAccount());
  const url = source ? `/api/aftaler/${encodeURIComponent(source.agreementId)}/v/${source.number}` : null;
  useEffect(() => {
    if (url && signedIn) loadReader(url);
  }, [url, signedIn]);
  const known = useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
  return url && signedIn && known?.url === url ? (known.reader ?? undefined) : undefined;
}

/** The workspace link in the page's tools, for a coordinator of a party (the cached page: from the island). */
export function WorkspaceLinkIsland({ source, href, label }: { source: ReaderSource; href: string; label: string }) {
  const reader = useReader(source);
  return reader?.canOpenWorkspace ? (
    <li>
      <ButtonLink href={href}>{label}</ButtonLink>
    </li>
  ) : null;
}

/**
 * The list of the agreement's versions, the current one marked: `versions` are those the page was
 * rendered with; on the cached page (`source`) a signed-in reader's drafts are added from the island.
 * Shown when there is more than one.
 */
export function VersionsNav({ label, base, currentNumber, versions, source }: { label: string; base: string; currentNumber: number; versions: { number: number; text: string }[]; source: ReaderSource | null }) {
  const reader = useReader(source);
  const shown = [...versions, ...(reader?.drafts ?? []).filter((d) => !versions.some((v) => v.number === d.number))].sort((a, b) => a.number - b.number);
  if (shown.length < 2) return null;
  return (
    <nav aria-label={label} className="no-print text-sm">
      <p className="font-semibold text-slate-900">{label}</p>
      <ul className="flex flex-wrap gap-x-4">
        {shown.map((v) => (
          <li key={v.number}>
            {v.number === currentNumber ? (
              <span aria-current="page" className="font-semibold">
                {v.text}
              </span>
            ) : (
              <TextLink as={Link} href={`${base}/v/${v.number}`}>
                {v.text}
              </TextLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
