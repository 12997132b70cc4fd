/**
 * What the header shows about the signed-in user, as plain data with its texts already translated:
 * the server's shell renders it on pages rendered per request, and the account island
 * (account-island.tsx) renders the same from GET /api/konto on pages served from the shared cache.
 * Pure: no server-only imports, so client components may import the type and the helpers.
 */
export type AccountView = {
  name: string;
  /** The user's organisations, sorted the Danish way; a switcher is shown when there are several. */
  organisations: { id: string; name: string }[];
  activeOrganisationId: string | null;
  unread: number;
  /** The main menu for this user (href, translated label). */
  nav: { href: string; label: string }[];
  labels: { organisation: string; switchOrganisation: string; signOut: string; notifications: string; unread: string };
};
