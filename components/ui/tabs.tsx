/**
 * Tabs that are links (each view has its own URL and works without JavaScript): a list of pill
 * links in a nav, the current one marked with aria-current="page"; a count in brackets, and a red
 * ring on a tab that needs attention (overdue referrals).
 */
import Link from "next/link";

export type Tab = { href: string; label: string; current: boolean; count?: number | null; alert?: boolean };

export function Tabs({ label, visibleLabel = false, size = "md", tabs, className }: { label: string; /** show the nav's label above the pills */ visibleLabel?: boolean; size?: "sm" | "md"; tabs: Tab[]; className?: string }) {
  return (
    <nav aria-label={label} className={className}>
      {visibleLabel ? (
        <p className="mb-1 text-sm font-semibold text-slate-900" aria-hidden="true">
          {label}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={`inline-block rounded-md border font-medium ${size === "sm" ? "px-3 py-1 text-sm" : "px-3 py-1.5"} ${
                tab.current ? "border-brand-800 bg-brand-700 text-white" : "border-slate-400 bg-white text-brand-800 hover:bg-brand-50"
              }${tab.alert ? " ring-2 ring-red-700" : ""}`}
            >
              {tab.label}
              {tab.count !== undefined && tab.count !== null ? <span className="ml-1">({tab.count})</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
