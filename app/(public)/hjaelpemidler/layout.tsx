import { Messages } from "@/lib/i18n/messages-provider";

/** This area's messages for its client components (lib/i18n/messages: each page loads only its areas). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <Messages areas={["aids"]}>{children}</Messages>;
}
