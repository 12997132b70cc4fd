import { RequestDocument, requestDocumentMetadata } from "@/components/shell/request-document";

export const generateMetadata = requestDocumentMetadata;

/** Public pages (agreements in force, offers, sign-in, the front page): the shell shows the user if signed in. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <RequestDocument>{children}</RequestDocument>;
}
