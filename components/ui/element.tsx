/**
 * The kit's one building block: a component that draws one HTML element (or another component, via
 * `as`) with its own Tailwind classes, plus any `className` the caller adds. Every look of the portal
 * lives in a component of components/ui made with this — not in class constants beside the pages.
 */
import type { ComponentPropsWithoutRef, ElementType, JSX } from "react";

export type ElementProps<T extends ElementType> = { as?: ElementType; className?: string } & Omit<ComponentPropsWithoutRef<T>, "className">;

export function element<T extends keyof JSX.IntrinsicElements>(tag: T, classes: string, displayName: string) {
  function Element({ as, className, ...props }: ElementProps<T> & Record<string, unknown>) {
    const Tag = (as ?? tag) as ElementType;
    return <Tag className={className ? `${classes} ${className}` : classes} {...props} />;
  }
  Element.displayName = displayName;
  return Element;
}
