"use client";

import { SourceText } from "@/components/ui/source-text";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import { format } from "@/lib/i18n/messages";

export interface MarksListProps {
  /** The student's marks in text order: start offset, text and category picked. */
  marks: { start: number; text: string; category: string | null }[];
  /** The mark being edited. */
  active: number | null;
  language: "ar" | "en";
  categoryName: (id: string | null) => string;
  strings: Pick<ExerciseMessages, "marksTitle" | "marksCount" | "marksCountOne" | "marksEmpty" | "edit" | "editLabel" | "remove" | "removeLabel">;
  onSelect: (start: number) => void;
  onRemove: (start: number) => void;
}

/** The student's marks, each with its category and buttons to change the category or remove it. */
export function MarksList({ marks, active, language, categoryName, strings: t, onSelect, onRemove }: MarksListProps) {
  return (
    <section className="grid gap-2" aria-labelledby="exercise-marks-title">
      <h2 id="exercise-marks-title" className="flex items-baseline justify-between gap-2 font-semibold">
        {t.marksTitle}
        <span className="text-sm font-normal text-muted" data-testid="marks-count">
          {marks.length === 1 ? t.marksCountOne : format(t.marksCount, { count: marks.length })}
        </span>
      </h2>
      {marks.length === 0 ? (
        <p className="text-sm text-muted">{t.marksEmpty}</p>
      ) : (
        <ul className="grid gap-1" data-testid="marks">
          {marks.map((mark) => (
            <li
              key={mark.start}
              data-start={mark.start}
              className={`flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md px-2 py-1 ${mark.start === active ? "bg-accent-soft" : ""}`}
            >
              <SourceText language={language} className="font-semibold">
                {mark.text}
              </SourceText>
              <span className={`text-xs ${mark.category === null ? "italic text-[#8a5a00]" : "text-muted"}`}>{categoryName(mark.category)}</span>
              <span className="ms-auto flex gap-1">
                <button
                  type="button"
                  aria-label={format(t.editLabel, { text: mark.text })}
                  aria-pressed={mark.start === active}
                  onClick={() => onSelect(mark.start)}
                  className="rounded px-1.5 py-0.5 text-xs font-medium text-accent-strong hover:bg-white"
                >
                  {t.edit}
                </button>
                <button
                  type="button"
                  aria-label={format(t.removeLabel, { text: mark.text })}
                  onClick={() => onRemove(mark.start)}
                  className="rounded px-1.5 py-0.5 text-xs font-medium text-[#a12a2a] hover:bg-white"
                >
                  {t.remove}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
