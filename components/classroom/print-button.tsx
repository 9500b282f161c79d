"use client";

export interface PrintButtonProps {
  label: string;
  className?: string;
}

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. Not printed itself. */
export function PrintButton({ label, className = "" }: PrintButtonProps) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`rounded-lg border border-accent bg-white px-4 py-2 text-sm font-semibold text-accent-strong hover:bg-accent-soft print:hidden ${className}`}
    >
      {label}
    </button>
  );
}
