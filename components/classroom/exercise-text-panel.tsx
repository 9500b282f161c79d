"use client";

import { type KeyboardEvent, type RefObject, useId } from "react";
import type { ExerciseLine } from "@/lib/classroom/exercise-text";
import type { WordGroup } from "@/lib/classroom/word-groups";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import { ExerciseTextView } from "./exercise-text-view";

export interface ExerciseTextPanelProps {
  lines: readonly ExerciseLine[];
  language: "ar" | "en";
  groups: readonly (WordGroup | undefined)[];
  cursor: number;
  /** The range being stretched, while marking. */
  range: { from: number; to: number } | null;
  /** What a screen reader is told after the last step. */
  announcement: string;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onWordPointerDown: (index: number) => void;
  onWordPointerEnter: (index: number) => void;
  textRef: RefObject<HTMLDivElement | null>;
  strings: Pick<ExerciseMessages, "textHeading" | "textHint" | "textLabel">;
}

/** The exercise's text with its heading and how-to hint, and the live region that reads each step. */
export function ExerciseTextPanel({ lines, language, groups, cursor, range, announcement, onKeyDown, onWordPointerDown, onWordPointerEnter, textRef, strings: t }: ExerciseTextPanelProps) {
  const hintId = useId();
  return (
    <section aria-labelledby={`${hintId}-heading`} className="rounded-xl border border-rule bg-white px-5 py-6 shadow-sm sm:px-9">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <h2 id={`${hintId}-heading`} className="text-xs font-semibold uppercase tracking-wide text-muted">
          {t.textHeading}
        </h2>
        <p id={hintId} className="text-xs text-muted">
          {t.textHint}
        </p>
      </div>
      <ExerciseTextView
        lines={lines}
        language={language}
        groups={groups}
        cursor={cursor}
        range={range}
        label={t.textLabel}
        describedBy={hintId}
        onKeyDown={onKeyDown}
        onWordPointerDown={onWordPointerDown}
        onWordPointerEnter={onWordPointerEnter}
        textRef={textRef}
      />
      <p aria-live="polite" className="sr-only" data-testid="exercise-announcement">
        {announcement}
      </p>
    </section>
  );
}
