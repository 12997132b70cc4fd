import { SiteShell } from "@/components/shell/site-shell";
import { requireActor } from "@/lib/auth/actor";

/**
 * Signed-in areas. Redirecting here only spares a signed-out visitor a broken page: it protects
 * nothing (layouts do not re-render on client navigation, and server actions are reachable by a
 * direct POST), so every page and action below calls requireActor()/getActor() itself.
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell actor={await requireActor()}>{children}</SiteShell>;
}
