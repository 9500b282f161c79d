"use client";

import { useState } from "react";
import { format } from "@/lib/i18n/messages";
import { saveBlob } from "@/components/ui/save-file";
import { type ChartImageSpec, renderChartPng } from "./export-png";

export interface ChartDownloadsProps {
  /** Id of the chart's box on the page. */
  chartId: string;
  /** File name without extension, e.g. "derna-framing-categories". */
  fileName: string;
  /** The chart's numbers, as a CSV file's text. */
  csv: string;
  /** The title, legend and notes the PNG draws around the chart. */
  image: ChartImageSpec;
  labels: {
    download: string;
    png: string;
    csv: string;
    pngLabel: string;
    csvLabel: string;
    /** With {error}. */
    failed: string;
  };
}

const BUTTON =
  "inline-flex items-center gap-1.5 rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-medium text-accent-strong hover:border-accent hover:bg-accent-soft disabled:cursor-wait disabled:opacity-60";

/** A chart's downloads: a PNG that keeps its meaning outside the app, and its numbers as CSV. */
export function ChartDownloads({ chartId, fileName, csv, image, labels }: ChartDownloadsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const downloadPng = async () => {
    const root = document.getElementById(chartId);
    if (!root) return;
    setBusy(true);
    setError("");
    try {
      saveBlob(await renderChartPng(root, image), `${fileName}.png`);
    } catch (cause) {
      setError(format(labels.failed, { error: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div role="group" aria-label={labels.download} className="flex flex-wrap items-center gap-2 print:hidden">
      <span aria-hidden="true" className="text-sm text-muted">
        {labels.download}
      </span>
      <button type="button" className={BUTTON} onClick={downloadPng} disabled={busy} aria-label={labels.pngLabel} data-testid="download-png">
        <DownloadIcon />
        {labels.png}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`)}
        aria-label={labels.csvLabel}
        data-testid="download-csv"
      >
        <DownloadIcon />
        {labels.csv}
      </button>
      <p role="status" className="w-full text-sm text-focus empty:hidden">
        {error}
      </p>
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10" />
    </svg>
  );
}
