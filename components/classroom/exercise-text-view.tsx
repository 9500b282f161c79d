"use client";

import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import type { CategoryId } from "@/lib/case-study/schema";
import type { ExerciseLine, ExerciseWord } from "@/lib/classroom/exercise-text";
import { CATEGORY_TINTS } from "@/lib/comparison/palette";
import "./exercise-marks.css";

/** How a run of words is shown: a mark being made, or a result after checking. */
export type WordGroupKind = "mark" | "found" | "extra" | "missed";

/** The group a word belongs to: words of one mark (or one missed term) are drawn as one run. */
export interface WordGroup {
  /** Same key for every word of the run. */
  key: string;
  kind: WordGroupKind;
  /** The category whose tint the run takes (a mark's pick; none when not yet picked). */
  category: string | null;
  /** The mark being edited: outlined. */
  active: boolean;
}

export interface ExerciseTextViewProps {
  lines: readonly ExerciseLine[];
  /** The article's language: Arabic is set right to left in the Naskh face. */
  language: "ar" | "en";
  /** The group of each word, by global word index; undefined for a plain word. */
  groups: readonly (WordGroup | undefined)[];
  /** The word cursor (global index), drawn when the text has focus. */
  cursor: number;
  /** Words in the range being stretched (Shift + arrows, or a drag). */
  range: { from: number; to: number } | null;
  label: string;
  describedBy: string;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onWordPointerDown: (index: number) => void;
  onWordPointerEnter: (index: number) => void;
  textRef: React.Ref<HTMLDivElement>;
}

/**
 * The article body as words a student can mark: one focusable region, a word cursor moved by
 * the arrow keys (handled by the board), and marks drawn as tinted runs. No term is
 * highlighted until the board says so (after checking).
 */
export function ExerciseTextView({ lines, language, groups, cursor, range, label, describedBy, onKeyDown, onWordPointerDown, onWordPointerEnter, textRef }: ExerciseTextViewProps) {
  let index = 0;
  const low = range ? Math.min(range.from, range.to) : -1;
  const high = range ? Math.max(range.from, range.to) : -1;
  return (
    <div
      ref={textRef}
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby={describedBy}
      lang={language}
      dir={language === "ar" ? "rtl" : "ltr"}
      data-testid="exercise-text"
      onKeyDown={onKeyDown}
      className="exercise-text grid gap-4 rounded-md text-[1.3em] leading-[2.2] select-none"
    >
      {lines.map((line) => {
        const runs: { group: WordGroup | undefined; nodes: ReactNode[] }[] = [];
        let at = line.start;
        for (const word of line.words) {
          const i = index++;
          const group = groups[i];
          const gap = line.text.slice(at - line.start, word.start - line.start);
          const last = runs.at(-1);
          const node = (
            <WordSpan
              key={word.start}
              word={word}
              text={line.text.slice(word.start - line.start, word.end - line.start)}
              index={i}
              cursor={i === cursor}
              inRange={i >= low && i <= high}
              onPointerDown={onWordPointerDown}
              onPointerEnter={onWordPointerEnter}
            />
          );
          if (last && group && last.group?.key === group.key) last.nodes.push(gap, node);
          else runs.push({ group: undefined, nodes: [gap] }, { group, nodes: [node] });
          at = word.end;
        }
        runs.push({ group: undefined, nodes: [line.text.slice(at - line.start)] });
        const content = runs.map((run, k) => (run.group ? <Run key={k} group={run.group}>{run.nodes}</Run> : run.nodes));
        return line.latin ? (
          <p key={line.start} lang="en" dir="ltr" className="text-[0.8em] leading-relaxed">
            {content}
          </p>
        ) : (
          <p key={line.start}>{content}</p>
        );
      })}
    </div>
  );
}

function Run({ group, children }: { group: WordGroup; children: ReactNode }) {
  const style = { "--tint": group.category ? CATEGORY_TINTS[group.category as CategoryId] : undefined } as CSSProperties;
  return (
    <span className="exercise-run" data-kind={group.kind} data-active={group.active ? "" : undefined} data-category={group.category ?? "none"} style={style}>
      {children}
    </span>
  );
}

interface WordSpanProps {
  word: ExerciseWord;
  text: string;
  index: number;
  cursor: boolean;
  inRange: boolean;
  onPointerDown: (index: number) => void;
  onPointerEnter: (index: number) => void;
}

function WordSpan({ word, text, index, cursor, inRange, onPointerDown, onPointerEnter }: WordSpanProps) {
  return (
    <span
      className="exercise-word"
      data-word={index}
      data-start={word.start}
      data-cursor={cursor ? "" : undefined}
      data-range={inRange ? "" : undefined}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // Keep the page from starting a native text selection; the board draws its own.
        event.preventDefault();
        onPointerDown(index);
      }}
      onPointerEnter={() => onPointerEnter(index)}
    >
      {text}
    </span>
  );
}
