"use client";

import type { EditorBusy } from "@/lib/editor/editor-state";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { format } from "@/lib/i18n/messages";
import { BUTTON, DANGER_BUTTON, PRIMARY_BUTTON } from "./form-styles";

export interface EditorToolbarProps {
  caseId: string;
  bundled: boolean;
  dirty: boolean;
  /** The stored version the draft is based on. */
  version: number;
  canSave: boolean;
  busy: EditorBusy;
  onSave: () => void;
  onDownloadDraft: () => void;
  onDelete: () => void;
  strings: EditorMessages;
}

/** The bar that stays at the top while editing: whether all is saved, save, download, export, delete. */
export function EditorToolbar({ caseId, bundled, dirty, version, canSave, busy, onSave, onDownloadDraft, onDelete, strings: t }: EditorToolbarProps) {
  return (
    <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-rule bg-paper/95 px-3 py-2 shadow-sm backdrop-blur print:hidden">
      <p className={`me-auto text-sm font-semibold ${dirty ? "text-amber-800" : "text-muted"}`} role="status" data-testid="save-status">
        {dirty ? t.unsaved : bundled ? "" : format(t.saved, { version })}
      </p>
      {!bundled && (
        <button type="button" className={PRIMARY_BUTTON} onClick={onSave} disabled={!canSave || busy !== null || !dirty}>
          {busy === "saving" ? t.saving : t.save}
        </button>
      )}
      <button type="button" className={BUTTON} onClick={onDownloadDraft}>
        {t.downloadDraft}
      </button>
      <a href={`/api/cases/${caseId}/export`} download className={BUTTON}>
        {t.exportFile}
      </a>
      {canSave && (
        <button type="button" className={DANGER_BUTTON} onClick={onDelete} disabled={busy !== null}>
          {busy === "deleting" ? t.deleting : t.deleteCase}
        </button>
      )}
    </div>
  );
}
