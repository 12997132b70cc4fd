"use client";
/** The error boundary of this group's pages: the message inside the shell (components/shell/error-message.tsx). */
export { ErrorMessage as default } from "@/components/shell/error-message";
