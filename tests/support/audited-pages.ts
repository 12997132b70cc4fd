/**
 * The pages issue 16 holds at Lighthouse accessibility 100 and best practices 100 (mobile profile):
 * the public pages, the lookup, the caseworker's inbox and a forum's initiative board. Measured by
 * bench/lighthouse.ts, and scanned with Lighthouse's own accessibility rules by
 * tests/e2e/lighthouse-accessibility.spec.ts. Ids are the demo seed's (prisma/seed), stable across seeds.
 */

/** `user`: signed in as this demo user; `locale: "en"`: the English UI (the language cookie). */
export type AuditedPage = { path: string; label: string; user?: string; locale?: "en" };

export const AUDITED_PAGES: AuditedPage[] = [
  { path: "/", label: "front page" },
  { path: "/tilbud?q=rygestop&kommune=265", label: "lookup" },
  { path: "/tilbud/seed-offer-roskilde-rygestop-gruppe", label: "offer" },
  { path: "/logind", label: "sign-in" },
  { path: "/aftaler", label: "agreements" },
  { path: "/aftaler/seed-agreement-sjl1518/v/1", label: "agreement" },
  { path: "/aftaler/seed-agreement-sjl1518/forpligtelser", label: "obligations" },
  { path: "/tilbud/daekning", label: "coverage" },
  // The demo aids catalogue is not public (a visitor is asked to sign in; general practice reads only
  // a public one): a municipal nurse's view.
  { path: "/hjaelpemidler?region=seed-org-region-1085&q=rollator", label: "aids lookup", user: "sagsbehandler.roskilde@demo.dk" },
  // Danish content in the English UI carries lang="da" (WCAG 3.1.2): the pages where it shows most.
  { path: "/tilbud?q=rygestop&kommune=265", label: "lookup, English", locale: "en" },
  { path: "/tilbud/seed-offer-roskilde-rygestop-gruppe", label: "offer, English", locale: "en" },
  { path: "/aftaler/seed-agreement-sjl1518/v/1", label: "agreement, English", locale: "en" },
  { path: "/henvisninger", label: "inbox", user: "sagsbehandler.roskilde@demo.dk" },
  { path: "/fora/seed-forum-syddanmark-foelgegruppen-for-behandling-og-pleje/tavle", label: "initiative board", user: "formand@demo.dk" },
];
