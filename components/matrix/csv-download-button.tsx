"use client";

import { saveBlob } from "@/components/ui/save-file";
import { CSV_BOM } from "@/lib/comparison/matrix-csv";

export interface CsvDownloadButtonProps {
  /** The CSV text (without byte-order mark; one is added so spreadsheets read it as UTF-8). */
  csv: string;
  filename: string;
  /** Visible text of the button. */
  label: string;
  /** What the button downloads, for screen readers. */
  description: string;
}

/** A button that saves a CSV made on the server, as a file, without another request. */
export function CsvDownloadButton({ csv, filename, label, description }: CsvDownloadButtonProps) {
  function download() {
    saveBlob(new Blob([CSV_BOM, csv], { type: "text/csv;charset=utf-8" }), filename);
  }
  return (
    <button
      type="button"
      onClick={download}
      aria-label={description}
      className="inline-flex items-center gap-1.5 rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M8 2v8m0 0 3-3m-3 3L5 7M3 12.5h10" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </button>
  );
}
