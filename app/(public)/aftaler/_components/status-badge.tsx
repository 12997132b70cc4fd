import { STATUS_CLASS } from "./labels";

/** A version's status as a labelled badge (text, not colour alone, carries the meaning). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STATUS_CLASS[status] ?? ""}`}>{label}</span>;
}
