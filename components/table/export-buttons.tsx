"use client";

import { saveBlob } from "@/components/ui/save-file";
import type { EvidenceRow } from "@/lib/comparison/evidence";
import { evidenceFileName, evidenceToCsv, evidenceToJson } from "@/lib/comparison/evidence-export";
import type { EvidenceFilters } from "@/lib/comparison/evidence-url";
import { format } from "@/lib/i18n/messages";
import type { TableMessages } from "@/lib/i18n/table-messages";

export interface ExportButtonsProps {
  caseId: string;
  /** Returns the filtered, sorted rows, every page: built only when a download is asked for. */
  getRows: () => EvidenceRow[];
  count: number;
  filters: EvidenceFilters;
  /** Each article id's raw file, which the offsets index into. */
  rawFiles: Readonly<Record<string, string>>;
  messages: Pick<TableMessages, "download" | "downloadCsv" | "downloadJson" | "downloadCsvLabel" | "downloadJsonLabel">;
}

/** Download exactly the filtered rows, in the order shown, as CSV or JSON. */
export function ExportButtons({ caseId, getRows, count, filters, rawFiles, messages: t }: ExportButtonsProps) {
  const button =
    "inline-flex items-center gap-1.5 rounded-md border border-accent bg-white px-3 py-1.5 text-sm font-semibold text-accent hover:bg-accent-soft disabled:cursor-not-allowed disabled:opacity-50";
  const icon = (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5">
      <path d="M8 2v8m0 0 3.5-3.5M8 10 4.5 6.5M2.5 13.5h11" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
  return (
    <div className="flex items-center gap-2" role="group" aria-label={t.download}>
      <span className="text-sm text-muted" aria-hidden="true">
        {t.download}
      </span>
      <button
        type="button"
        className={button}
        disabled={count === 0}
        aria-label={format(t.downloadCsvLabel, { count })}
        onClick={() => saveFile(evidenceToCsv(getRows(), rawFiles), evidenceFileName(caseId, filters, "csv"), "text/csv;charset=utf-8")}
        data-testid="download-csv"
      >
        {icon}
        {t.downloadCsv}
      </button>
      <button
        type="button"
        className={button}
        disabled={count === 0}
        aria-label={format(t.downloadJsonLabel, { count })}
        onClick={() => saveFile(evidenceToJson(getRows(), rawFiles), evidenceFileName(caseId, filters, "json"), "application/json;charset=utf-8")}
        data-testid="download-json"
      >
        {icon}
        {t.downloadJson}
      </button>
    </div>
  );
}

function saveFile(text: string, fileName: string, type: string) {
  saveBlob(new Blob([text], { type }), fileName);
}
