"use client";

import { useEffect, useState } from "react";
import { type ExerciseProgress, readProgress } from "@/lib/classroom/progress";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";

export interface ExerciseProgressNoteProps {
  /** The exercise's localStorage key (progressKey). */
  storageKey: string;
  locale: Locale;
  strings: Pick<ExerciseMessages, "progressNone" | "progressMarking" | "progressMarkingOne" | "progressSubmitted" | "noValue">;
}

/** What this browser kept of one exercise: not started, marks so far, or the last check's scores. */
export function ExerciseProgressNote({ storageKey, locale, strings: t }: ExerciseProgressNoteProps) {
  const [progress, setProgress] = useState<ExerciseProgress | null>(null);
  const [read, setRead] = useState(false);
  // Read after hydration: the server cannot know this browser's storage.
  useEffect(() => {
    setProgress(readProgress(window.localStorage, storageKey));
    setRead(true);
  }, [storageKey]);
  const percent = (n: number, d: number) => (d === 0 ? t.noValue : new Intl.NumberFormat(locale === "ar" ? "ar-EG-u-nu-latn" : "en", { style: "percent" }).format(n / d));
  let text = t.progressNone;
  let state = "none";
  if (progress?.submitted) {
    const s = progress.submitted;
    text = format(t.progressSubmitted, { precision: percent(s.found, s.selected), recall: percent(s.found, s.reference) });
    state = "submitted";
  } else if (progress && progress.selections.length > 0) {
    const count = progress.selections.length;
    text = count === 1 ? t.progressMarkingOne : format(t.progressMarking, { count });
    state = "marking";
  }
  return (
    <span data-testid="exercise-progress" data-state={read ? state : undefined} className={state === "none" ? "text-muted" : "font-medium"}>
      {text}
    </span>
  );
}
