"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ariaCurrentFor } from "@/lib/navigation";

/**
 * The main menu. A client component only to know the current path (aria-current); it is rendered on
 * the server too, and a wrapping list needs no script on small screens.
 */
export function PrimaryNav({ label, items, currentPath, stacked = false }: { label: string; items: { href: string; label: string }[]; currentPath?: string; /** one link a line (the phone menu) */ stacked?: boolean }) {
  const browserPath = usePathname();
  // A page served under an internal path (the cached lookup) says which public path it stands for.
  const pathname = currentPath ?? browserPath;
  return (
    <nav aria-label={label} className="border-t border-brand-100 bg-brand-50">
      <ul className={stacked ? "flex flex-col px-2" : "mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 sm:px-4"}>
        {items.map((item) => {
          const current = ariaCurrentFor(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                className={`${stacked ? "block border-l-4 py-2" : "inline-block border-b-4 py-3"} px-3 text-brand-800 hover:underline ${
                  current ? "border-brand-700 font-semibold" : "border-transparent"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
