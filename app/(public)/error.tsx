"use client";

import { ErrorMessage } from "@/components/shell/error-message";

/** The error boundary of this group's pages: the message inside the shell (components/shell/error-message.tsx). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage error={error} reset={reset} />;
}
