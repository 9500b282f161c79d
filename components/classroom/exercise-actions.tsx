"use client";

import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import { format } from "@/lib/i18n/messages";

export interface ExerciseActionsProps {
  checked: boolean;
  /** Marks still without a category. */
  uncategorized: number;
  /** Any marks to start again from. */
  hasMarks: boolean;
  /** "Start again?" is being asked. */
  confirming: boolean;
  /** The last write of the progress went through. */
  saved: boolean;
  onCheck: () => void;
  onChangeMarks: () => void;
  onAskStartAgain: () => void;
  onStartAgain: () => void;
  onKeepMarks: () => void;
  strings: ExerciseMessages;
}

/** The foot of the exercise's panel: check (or change the marks), start again after asking, whether the work is kept. */
export function ExerciseActions({ checked, uncategorized, hasMarks, confirming, saved, onCheck, onChangeMarks, onAskStartAgain, onStartAgain, onKeepMarks, strings: t }: ExerciseActionsProps) {
  return (
    // The buttons stay in view at the panel's foot while the categories and marks scroll.
    <div className="sticky bottom-0 -mx-4 -mb-4 grid gap-2 rounded-b-xl border-t border-rule bg-white px-4 pt-3 pb-3">
      {!checked && uncategorized > 0 && (
        <p className="text-sm text-[#8a5a00]" data-testid="uncategorized">
          {uncategorized === 1 ? t.uncategorizedOne : format(t.uncategorized, { count: uncategorized })}
        </p>
      )}
      {checked ? (
        <button type="button" onClick={onChangeMarks} className="rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong hover:bg-accent-soft">
          {t.changeMarks}
        </button>
      ) : (
        <button type="button" onClick={onCheck} className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
          {t.check}
        </button>
      )}
      {confirming ? (
        <div role="group" aria-label={t.startAgain} className="grid gap-2 rounded-md bg-paper p-3 text-sm">
          <p>{t.confirmStartAgain}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={onStartAgain} className="rounded-md bg-[#a12a2a] px-3 py-1.5 font-semibold text-white">
              {t.confirmYes}
            </button>
            <button type="button" autoFocus onClick={onKeepMarks} className="rounded-md border border-rule bg-white px-3 py-1.5 font-semibold">
              {t.confirmNo}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={onAskStartAgain}
          disabled={!hasMarks && !checked}
          className="rounded-md px-4 py-2 text-sm font-semibold text-accent-strong hover:bg-accent-soft disabled:text-muted disabled:hover:bg-transparent"
        >
          {t.startAgain}
        </button>
      )}
      <p className="text-xs text-muted" data-testid="save-status">
        {saved ? t.saved : t.notSaved}
      </p>
    </div>
  );
}
