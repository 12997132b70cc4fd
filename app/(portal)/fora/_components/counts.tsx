import type { DecisionCounts } from "@/lib/domain/initiatives/board";
import type { Translate } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/i18n/format";

/** The counts of a board as a definition list (readable without the table). */
export function Counts({ counts, t, locale }: { counts: DecisionCounts; t: Translate; locale: "da" | "en" }) {
  const items: [string, number][] = [
    ["initiatives.count.total", counts.total],
    ["initiatives.count.continue", counts.continue],
    ["initiatives.count.windDown", counts.windDown],
    ["initiatives.count.undecided", counts.undecided],
    ["initiatives.count.final", counts.final],
    ["initiatives.count.stale", counts.stale],
    ["initiatives.count.warnings", counts.warnings],
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
      {items.map(([key, value]) => (
        <div key={key} className="rounded-md border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-sm text-slate-700">{t.key(key)}</dt>
          <dd className="text-2xl font-semibold text-slate-900" data-count={key.split(".").pop()}>
            {formatNumber(value, locale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
