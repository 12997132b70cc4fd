import { Messages } from "@/lib/i18n/messages-provider";

/** This area's messages for its client components. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <Messages areas={["taskTransfers"]}>{children}</Messages>;
}
