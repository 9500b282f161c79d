"use client";

import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { PRIMARY_BUTTON } from "./form-styles";

export interface EditorNoticeProps {
  /** The bundled case study: it cannot be saved, only copied. */
  bundled: boolean;
  /** The secret edit token, if this browser has it. */
  token: string | null;
  copying: boolean;
  /** A request is under way. */
  busy: boolean;
  onCopy: () => void;
  strings: EditorMessages;
}

/** Why this editor cannot save: the bundled case study (with a button to copy it), or no edit token here. */
export function EditorNotice({ bundled, token, copying, busy, onCopy, strings: t }: EditorNoticeProps) {
  if (bundled) {
    return (
      <div className="grid gap-3 rounded-xl border border-accent/40 bg-accent-soft px-5 py-4" data-testid="bundled-notice">
        <h2 className="font-semibold text-accent-strong">{t.bundledTitle}</h2>
        <p className="text-sm">{t.bundledBody}</p>
        <div>
          <button type="button" className={PRIMARY_BUTTON} onClick={onCopy} disabled={busy}>
            {copying ? t.copying : t.makeCopy}
          </button>
        </div>
      </div>
    );
  }
  if (token) return null;
  return (
    <div className="rounded-xl border border-amber-300 bg-amber-50 px-5 py-4 text-amber-950" role="note" data-testid="read-only-notice">
      <h2 className="font-semibold">{t.readOnlyTitle}</h2>
      <p className="mt-1 text-sm">{t.readOnlyBody}</p>
    </div>
  );
}
