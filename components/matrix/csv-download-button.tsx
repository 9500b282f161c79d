"use client";

import { useState } from "react";
import { saveBlob } from "@/components/ui/save-file";
import { fetchApi } from "@/lib/http/api-fetch";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";

export interface CsvDownloadButtonProps {
  /** Where the CSV file is made (with its byte-order mark, so spreadsheets read it as UTF-8). */
  href: string;
  filename: string;
  /** Visible text of the button. */
  label: string;
  /** What the button downloads, for screen readers. */
  description: string;
  /** Said when the file could not be had: `{reason}`. */
  failed: string;
  /** The interface language: a refusal's reason is asked for in it. */
  locale: Locale;
}

/**
 * A button that saves a CSV file the server makes when it is pressed: the page carries no CSV
 * text (a large case study's four matrix files weighed 50 KB on every visit).
 */
export function CsvDownloadButton({ href, filename, label, description, failed, locale }: CsvDownloadButtonProps) {
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    const t = REQUEST_MESSAGES[locale];
    setProblem(null);
    try {
      const response = await fetchApi(href, locale);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
        return setProblem(typeof body?.error === "string" ? body.error : format(t.serverAnswered, { status: response.status }));
      }
      // The bytes as sent: text() would drop the byte-order mark a spreadsheet reads UTF-8 by.
      saveBlob(new Blob([await response.arrayBuffer()], { type: "text/csv;charset=utf-8" }), filename);
    } catch {
      setProblem(t.unreachable);
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={() => void download()}
        aria-label={description}
        className="inline-flex items-center gap-1.5 rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
          <path d="M8 2v8m0 0 3-3m-3 3L5 7M3 12.5h10" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
      </button>
      {problem !== null && (
        <p role="alert" className="text-sm text-red-900">
          {format(failed, { reason: problem })}
        </p>
      )}
    </div>
  );
}
