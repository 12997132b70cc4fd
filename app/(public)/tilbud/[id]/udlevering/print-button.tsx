"use client";

/** Opens the browser's print dialog; without JavaScript the hint next to it says how. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
      {label}
    </button>
  );
}
