import { cachedPage } from "@/components/shell/cached-page";
import { readSignInPageKey } from "@/lib/auth/sign-in-state";
import { SignInView } from "@/app/(public)/logind/_components/sign-in-view";

/**
 * The sign-in page for a visitor without a session — one page per state (next, udlogget, error) and
 * language, rendered once and served from the cache: proxy.ts rewrites GET /logind?… to
 * /logind/<key>. The form posts to /logind, which the per-request page answers.
 * docs/decisions/019-one-cached-page-per-request-state.md.
 */
export const revalidate = 3600;

export function generateStaticParams(): { key: string }[] {
  return [];
}

const page = cachedPage(readSignInPageKey, "auth.signIn.title", ({ locale, state }) => <SignInView state={state} locale={locale} />);
export const generateMetadata = page.generateMetadata;
export default page.Page;
