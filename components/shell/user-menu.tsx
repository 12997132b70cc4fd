import { signOutAction, switchOrganisationAction } from "./actions";
import type { Actor } from "@/lib/rules/actor";
import type { Translate } from "@/lib/i18n/translate";
import { compareDanish } from "@/lib/i18n/format";

/** Who is signed in, for which organisation (with a switcher when several), and sign-out. */
export function UserMenu({ actor, t, idPrefix = "shell" }: { actor: Actor; t: Translate; /** the header draws the menu twice (wide screens, phones): ids stay unique */ idPrefix?: string }) {
  const organisations = [...new Map(actor.memberships.map((m) => [m.organisationId, m.organisationName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => compareDanish(a.name, b.name));
  const active = organisations.find((o) => o.id === actor.activeOrganisationId);

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="font-medium text-slate-900">{actor.name}</p>
      {organisations.length > 1 ? (
        <form action={switchOrganisationAction} className="flex items-center gap-2">
          <label htmlFor={`${idPrefix}-active-organisation`} className="text-slate-700">
            {t("shell.organisation.label")}
          </label>
          <select
            id={`${idPrefix}-active-organisation`}
            name="organisationId"
            defaultValue={actor.activeOrganisationId ?? undefined}
            className="max-w-48 rounded-md border border-slate-400 bg-white px-2 py-1"
          >
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded-md border border-brand-700 px-2 py-1 text-brand-800 hover:bg-brand-50">
            {t("shell.organisation.switch")}
          </button>
        </form>
      ) : active ? (
        <p className="text-slate-700">
          {t("shell.organisation.label")}: {active.name}
        </p>
      ) : null}
      <form action={signOutAction}>
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-slate-900 hover:bg-slate-100">
          {t("auth.signOut")}
        </button>
      </form>
    </div>
  );
}
