import { SiteShell } from "@/components/shell/site-shell";
import { getActor } from "@/lib/auth/actor";

/** Public pages (agreements in force, offers, sign-in): the shell shows the user if signed in. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell actor={await getActor()}>{children}</SiteShell>;
}
