import { RequestDocument, requestDocumentMetadata } from "@/components/shell/request-document";

export const generateMetadata = requestDocumentMetadata;

/**
 * Signed-in areas. The layout checks nothing and redirects no one: a check here would protect
 * nothing (layouts do not re-render on client navigation, and server actions are reachable by a
 * direct POST), and a redirect from here would lose the way back, since a layout cannot know the
 * requested path. Every page below calls requireActor("<its path>") and every action getActor(); a
 * signed-out visitor is sent to /logind?next=<that path> by the page.
 */
export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return <RequestDocument>{children}</RequestDocument>;
}
