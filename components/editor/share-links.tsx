"use client";

import { useEffect, useState } from "react";
import { editLink } from "@/lib/editor/remembered-cases";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { format } from "@/lib/i18n/messages";
import { BUTTON, PANEL } from "./form-styles";

export interface ShareLinksProps {
  caseId: string;
  /** The edit token, or null when this browser has none (only the read link is shown). */
  token: string | null;
  strings: Pick<EditorMessages, "linksTitle" | "readLink" | "readLinkHint" | "editLinkLabel" | "editLinkWarning" | "copy" | "copyLabel" | "copied">;
}

/** Where this browser notes that it has shown a case study's links once. */
const SEEN_KEY = "framelens:links-shown:";

/**
 * The public read link and the secret edit link, each with a copy button, and the warning that
 * the edit link is the only key. Open the first time this browser shows them (just after
 * creating or importing), folded under their title afterwards so the editor starts at its work.
 */
export function ShareLinks({ caseId, token, strings: t }: ShareLinksProps) {
  // The origin is known only in the browser; the server renders the paths.
  const [origin, setOrigin] = useState("");
  const [open, setOpen] = useState(true);
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => {
    if (!token) return;
    try {
      if (window.localStorage.getItem(SEEN_KEY + caseId)) setOpen(false);
      else window.localStorage.setItem(SEEN_KEY + caseId, "1");
    } catch {
      // No storage (a private window that refuses it): the links simply stay open.
    }
  }, [caseId, token]);
  const read = `${origin}/cases/${caseId}`;
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className={`${PANEL} group`}
      data-testid="share-links"
    >
      <summary className="cursor-pointer text-sm font-semibold uppercase tracking-wide text-muted">
        <h2 id="links-title" className="inline">
          {t.linksTitle}
        </h2>
      </summary>
      <div className="mt-4 grid gap-4">
        <LinkRow label={t.readLink} hint={t.readLinkHint} value={read} testId="read-link" strings={t} />
        {token && (
          <LinkRow
            label={t.editLinkLabel}
            hint={t.editLinkWarning}
            value={editLink(origin, caseId, token)}
            testId="edit-link"
            warning
            strings={t}
          />
        )}
      </div>
    </details>
  );
}

function LinkRow({ label, hint, value, testId, warning = false, strings: t }: { label: string; hint: string; value: string; testId: string; warning?: boolean; strings: ShareLinksProps["strings"] }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (an insecure origin): the link stays selectable in its field.
    }
  };
  return (
    <div className="grid gap-1">
      <p className="text-sm font-semibold">{label}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={value}
          dir="ltr"
          aria-label={label}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-rule bg-paper px-3 py-1.5 font-mono text-sm text-ink"
          data-testid={testId}
        />
        <button type="button" className={BUTTON} onClick={() => void copy()} aria-label={format(t.copyLabel, { what: label })}>
          {copied ? t.copied : t.copy}
        </button>
      </div>
      <p className={warning ? "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" : "text-sm text-muted"}>{hint}</p>
    </div>
  );
}
