"use client";

import { type CSSProperties, type KeyboardEvent, memo, type ReactNode, useCallback, useEffect, useMemo, useRef } from "react";
import type { CategoryId } from "@/lib/case-study/schema";
import type { ExerciseLine, ExerciseWord } from "@/lib/classroom/exercise-text";
import type { WordGroup } from "@/lib/classroom/word-groups";
import { CATEGORY_TINTS } from "@/lib/comparison/palette";

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
  const low = range ? Math.min(range.from, range.to) : -1;
  const high = range ? Math.max(range.from, range.to) : -1;
  // Handlers change on every render of the board; lines get stable ones, so moving the cursor
  // re-renders the one or two lines it touches, not the whole article.
  const handlers = useRef({ onWordPointerDown, onWordPointerEnter });
  useEffect(() => {
    handlers.current = { onWordPointerDown, onWordPointerEnter };
  });
  const onDown = useCallback((index: number) => handlers.current.onWordPointerDown(index), []);
  const onEnter = useCallback((index: number) => handlers.current.onWordPointerEnter(index), []);
  const firstIndex = useMemo(() => {
    let index = 0;
    return lines.map((line) => {
      const first = index;
      index += line.words.length;
      return first;
    });
  }, [lines]);
  const lineGroups = useMemo(() => lines.map((line, l) => groups.slice(firstIndex[l], (firstIndex[l] ?? 0) + line.words.length)), [lines, groups, firstIndex]);
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
      {lines.map((line, l) => {
        const first = firstIndex[l] ?? 0;
        const last = first + line.words.length - 1;
        const inLine = (i: number) => (i >= first && i <= last ? i : -1);
        return (
          <LineView
            key={line.start}
            line={line}
            first={first}
            groups={lineGroups[l] ?? []}
            cursor={inLine(cursor)}
            low={high < first || low > last ? -1 : Math.max(low, first)}
            high={high < first || low > last ? -1 : Math.min(high, last)}
            onPointerDown={onDown}
            onPointerEnter={onEnter}
          />
        );
      })}
    </div>
  );
}

interface LineViewProps {
  line: ExerciseLine;
  /** Global index of the line's first word. */
  first: number;
  /** The groups of the line's words. */
  groups: readonly (WordGroup | undefined)[];
  /** The cursor's global index, or -1 when it is on another line. */
  cursor: number;
  /** The part of the stretched range on this line, in global indices; -1 for none. */
  low: number;
  high: number;
  onPointerDown: (index: number) => void;
  onPointerEnter: (index: number) => void;
}

const LineView = memo(function LineView({ line, first, groups, cursor, low, high, onPointerDown, onPointerEnter }: LineViewProps) {
  const runs: { group: WordGroup | undefined; nodes: ReactNode[] }[] = [];
  let at = line.start;
  line.words.forEach((word, k) => {
    const i = first + k;
    const group = groups[k];
    const gap = line.text.slice(at - line.start, word.start - line.start);
    const previous = runs.at(-1);
    const node = (
      <WordSpan
        key={word.start}
        word={word}
        text={line.text.slice(word.start - line.start, word.end - line.start)}
        index={i}
        cursor={i === cursor}
        inRange={low >= 0 && i >= low && i <= high}
        onPointerDown={onPointerDown}
        onPointerEnter={onPointerEnter}
      />
    );
    if (previous && group && previous.group?.key === group.key) previous.nodes.push(gap, node);
    else runs.push({ group: undefined, nodes: [gap] }, { group, nodes: [node] });
    at = word.end;
  });
  runs.push({ group: undefined, nodes: [line.text.slice(at - line.start)] });
  const content = runs.map((run, k) => (run.group ? <Run key={k} group={run.group}>{run.nodes}</Run> : run.nodes));
  return line.latin ? (
    <p lang="en" dir="ltr" className="text-[0.8em] leading-relaxed">
      {content}
    </p>
  ) : (
    <p>{content}</p>
  );
}, sameLine);

/** Lines re-render only when something drawn on them changed (groups compared word by word). */
function sameLine(a: LineViewProps, b: LineViewProps): boolean {
  return (
    a.line === b.line &&
    a.first === b.first &&
    a.cursor === b.cursor &&
    a.low === b.low &&
    a.high === b.high &&
    a.onPointerDown === b.onPointerDown &&
    a.onPointerEnter === b.onPointerEnter &&
    a.groups.length === b.groups.length &&
    a.groups.every((g, k) => sameGroup(g, b.groups[k]))
  );
}

function sameGroup(a: WordGroup | undefined, b: WordGroup | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.key === b.key && a.kind === b.kind && a.category === b.category && a.active === b.active);
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
        // A finger's pointer is captured by the word it lands on, so sliding along the line
        // would never enter the next word: release it (the text's touch-action leaves
        // sideways slides to the drag and vertical ones to scrolling).
        // (Optional call: not every DOM has pointer capture, jsdom among them.)
        if (event.currentTarget.hasPointerCapture?.(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
        onPointerDown(index);
      }}
      onPointerEnter={() => onPointerEnter(index)}
    >
      {text}
    </span>
  );
}
