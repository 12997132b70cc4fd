import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { signInState } from "@/lib/auth/sign-in-state";
import { getLocale, titled } from "@/lib/i18n/server";
import { SignInView } from "./_components/sign-in-view";

export const generateMetadata = titled("auth.signIn.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * /logind rendered per request: for a visitor with a session cookie (signed in: sent on to `next`) and
 * for the sign-in form's own POST (its answer). A GET without a session cookie is served by the
 * cached page of its state instead (proxy.ts → app/(cached)/logind/[key]) — the same SignInView.
 */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, locale] = await Promise.all([searchParams, getLocale()]);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) query.set(name, first);
  }
  const state = signInState(query);
  if (await getActor()) redirect(state.next); // already signed in
  return <SignInView state={state} locale={locale} />;
}
