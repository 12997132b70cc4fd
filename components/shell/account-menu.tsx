import Link from "next/link";
import { signOutAction, switchOrganisationAction } from "./actions";
import type { AccountView } from "./account-view";

/**
 * The header's signed-in part: the link to the notifications with the unread count, who is signed in,
 * for which organisation (a switcher when several), and sign-out — all plain forms and links, so they
 * work without JavaScript. Rendered on the server (pages rendered per request) and in the browser (the
 * account island of the cached pages) from the same AccountView.
 */
export function AccountMenu({ account, idPrefix = "shell" }: { account: AccountView; /** the header draws the menu twice (wide screens, phones): ids stay unique */ idPrefix?: string }) {
  const { labels, organisations, unread } = account;
  const active = organisations.find((o) => o.id === account.activeOrganisationId);
  return (
    <>
      <Link href="/notifikationer" className="inline-flex items-center gap-1.5 font-medium text-brand-800 underline hover:text-brand-700">
        <span>{labels.notifications}</span>
        {unread > 0 ? (
          <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white no-underline">
            <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
            <span className="sr-only">{labels.unread}</span>
          </span>
        ) : null}
      </Link>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="font-medium text-slate-900">{account.name}</p>
        {organisations.length > 1 ? (
          <form action={switchOrganisationAction} className="flex items-center gap-2">
            <label htmlFor={`${idPrefix}-active-organisation`} className="text-slate-700">
              {labels.organisation}
            </label>
            <select
              id={`${idPrefix}-active-organisation`}
              name="organisationId"
              defaultValue={account.activeOrganisationId ?? undefined}
              className="max-w-48 rounded-md border border-slate-400 bg-white px-2 py-1"
            >
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button type="submit" className="rounded-md border border-brand-700 px-2 py-1 text-brand-800 hover:bg-brand-50">
              {labels.switchOrganisation}
            </button>
          </form>
        ) : active ? (
          <p className="text-slate-700">
            {labels.organisation}: {active.name}
          </p>
        ) : null}
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-slate-900 hover:bg-slate-100">
            {labels.signOut}
          </button>
        </form>
      </div>
    </>
  );
}
