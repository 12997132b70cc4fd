import type { Translate } from "@/lib/i18n/translate";
import type { DiffPart } from "@/lib/domain/agreements/diff";

export type DiffLabels = { added: string; removed: string; addedEnd: string; removedEnd: string };

/**
 * A word diff as <ins>/<del>. Screen readers do not announce insertions and deletions by default, so
 * each change carries visually hidden words ("indsat:", "slut på indsat tekst") around it; sighted
 * users see colour *and* underline / strike-through (never colour alone). Whitespace is kept.
 */
export function DiffView({ parts, labels, className }: { parts: DiffPart[]; labels: DiffLabels; className?: string }) {
  return (
    <div className={`whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-3 leading-relaxed ${className ?? ""}`}>
      {parts.map((part, i) => {
        if (part.kind === "same") return <span key={i}>{part.text}</span>;
        // A changed line break or space: marked, but not announced as words.
        if (!part.text.trim()) {
          return part.kind === "added" ? (
            <ins key={i} className="bg-green-100">
              {part.text}
            </ins>
          ) : (
            <del key={i} className="bg-red-100">
              {part.text}
            </del>
          );
        }
        return part.kind === "added" ? (
          <ins key={i} className="bg-green-100 text-green-900 underline decoration-2">
            <span className="sr-only">[{labels.added}] </span>
            {part.text}
            <span className="sr-only"> [{labels.addedEnd}]</span>
          </ins>
        ) : (
          <del key={i} className="bg-red-100 text-red-900 line-through decoration-2">
            <span className="sr-only">[{labels.removed}] </span>
            {part.text}
            <span className="sr-only"> [{labels.removedEnd}]</span>
          </del>
        );
      })}
    </div>
  );
}

export function diffLabels(t: Translate): DiffLabels {
  return { added: t("agreements.diff.added"), removed: t("agreements.diff.removed"), addedEnd: t("agreements.diff.addedEnd"), removedEnd: t("agreements.diff.removedEnd") };
}
