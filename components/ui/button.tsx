/** Buttons (and links that look like buttons). Variants as in GOV.UK Frontend: primary, secondary, danger; small for row actions. */
import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

const VARIANTS = {
  primary: "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70",
  secondary: "inline-block rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50",
  danger: "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70",
  small: "rounded-md border border-brand-700 bg-white px-2 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60",
  smallDanger: "rounded-md border border-red-700 bg-white px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export const buttonClass = (variant: ButtonVariant = "primary", className?: string) => (className ? `${VARIANTS[variant]} ${className}` : VARIANTS[variant]);

/** A `<button>`; type="submit" unless said otherwise. */
export function Button({ variant = "primary", className, type = "submit", ...props }: { variant?: ButtonVariant } & ComponentPropsWithoutRef<"button">) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A link that looks like a button (next/link). */
export function ButtonLink({ variant = "secondary", className, ...props }: { variant?: ButtonVariant } & ComponentPropsWithoutRef<typeof Link>) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
