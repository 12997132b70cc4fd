/**
 * A message box above or in a page: info, success, warning, error (GOV.UK's notification banner).
 * A success is a polite status, an error an assertive alert — unless the caller sets its own role
 * (a banner rendered with the page, not after an action, needs none).
 */
import type { ComponentPropsWithoutRef, ElementType } from "react";

const TONES = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
  error: "border-red-700 bg-red-50 text-red-900",
} as const;

export type BannerTone = keyof typeof TONES;

export function Banner({ tone, live = false, as, className, ...props }: { tone: BannerTone; /** announce it (after an action) */ live?: boolean; as?: ElementType } & ComponentPropsWithoutRef<"div">) {
  const Tag = as ?? "div";
  const liveProps = live ? (tone === "error" ? { role: "alert", "aria-live": "assertive" as const } : { role: "status", "aria-live": "polite" as const }) : {};
  return <Tag {...liveProps} className={`rounded-md border p-3 ${TONES[tone]}${className ? ` ${className}` : ""}`} {...props} />;
}
