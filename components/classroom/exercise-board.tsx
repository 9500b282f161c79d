"use client";

import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { AnswerKey } from "@/lib/classroom/answer-key";
import type { ExerciseLine } from "@/lib/classroom/exercise-text";
import { clearProgress, readProgress, summarizeScore, writeProgress } from "@/lib/classroom/progress";
import { scoreExercise, type Selection, spansOverlap } from "@/lib/classroom/score";
import { categorizeMark, findMarkAt, markWords, removeMark } from "@/lib/classroom/selections";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { CategoryPicker, type CategoryOption } from "./category-picker";
import { ResultLists, type ResultNames, ResultSummary } from "./exercise-results";
import { ExerciseTextView, type WordGroup } from "./exercise-text-view";
import { loadFontsForOffline } from "./load-fonts";
import { MarksList } from "./marks-list";

export interface ExerciseBoardProps {
  /** The article body, line by line, cut into words. */
  lines: ExerciseLine[];
  language: "ar" | "en";
  /** The reference answers: shown only after the student checks. */
  answerKey: AnswerKey;
  /** Where progress is kept in localStorage (progressKey). */
  storageKey: string;
  /** The ten categories, in taxonomy order, with their names and one-line explanations. */
  categories: CategoryOption[];
  names: ResultNames;
  /** The article's reader page, localized, for "see it in the reader" links. */
  readerPath: string;
  locale: Locale;
  strings: ExerciseMessages;
}

/**
 * The spot-the-framing exercise: the student marks words in the text and picks a category for
 * each; checking scores the marks in the browser against the answer key (no request), and the
 * marks and the last result are kept in localStorage.
 */
export function ExerciseBoard({ lines, language, answerKey, storageKey, categories, names, readerPath, locale, strings: t }: ExerciseBoardProps) {
  const words = useMemo(() => lines.flatMap((line) => line.words), [lines]);
  const [selections, setSelections] = useState<Selection[]>([]);
  const [checked, setChecked] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [cursor, setCursor] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // Set when the student picks a mark from the list: the categories then take the focus.
  const [pickerFocus, setPickerFocus] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const hintId = useId();

  const score = useMemo(() => (checked ? scoreExercise(answerKey.terms, selections) : null), [checked, answerKey.terms, selections]);

  // Progress is read after hydration: the server cannot know what this browser kept.
  useEffect(() => {
    const progress = readProgress(window.localStorage, storageKey);
    if (progress) {
      setSelections(progress.selections);
      setChecked(progress.submitted !== null);
    }
    setLoaded(true);
    loadFontsForOffline();
  }, [storageKey]);

  useEffect(() => {
    if (!loaded) return;
    const submitted = checked ? summarizeScore(scoreExercise(answerKey.terms, selections)) : null;
    if (selections.length === 0 && submitted === null) clearProgress(window.localStorage, storageKey);
    else setSaved(writeProgress(window.localStorage, storageKey, { selections, submitted }));
  }, [loaded, checked, selections, answerKey.terms, storageKey]);

  const textOf = useCallback((s: { start: number; end: number }) => spanText(lines, s), [lines]);
  const categoryName = useCallback((id: string | null) => (id === null ? t.noCategory : (names.categories[id] ?? id)), [names.categories, t.noCategory]);

  const mark = (from: number, to: number) => {
    const { selections: next, made } = markWords(selections, words, from, to);
    if (!made) return;
    setSelections(next);
    setActive(made.start);
    setPickerFocus(false);
    setAnnouncement(format(t.markAdded, { text: textOf(made) }));
  };

  const remove = (start: number) => {
    const gone = selections.find((s) => s.start === start);
    setSelections(removeMark(selections, start));
    if (active === start) setActive(null);
    if (gone) setAnnouncement(format(t.markRemoved, { text: textOf(gone) }));
  };

  const categorize = (start: number, category: string) => setSelections(categorizeMark(selections, start, category));

  const describeWord = (index: number) => {
    const word = words[index];
    if (!word) return "";
    const at = findMarkAt(selections, word);
    const state = at ? format(t.cursorMarked, { category: categoryName(at.category) }) : t.cursorUnmarked;
    return `${format(t.cursorWord, { word: textOf(word), n: index + 1, total: words.length })}, ${state}`;
  };

  const moveCursor = (index: number, stretch: boolean) => {
    const next = Math.max(0, Math.min(words.length - 1, index));
    if (stretch && anchor === null) setAnchor(cursor);
    if (!stretch) setAnchor(null);
    setCursor(next);
    setAnnouncement(describeWord(next));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rtl = language === "ar";
    const stretch = event.shiftKey && !checked;
    const lineOf = (index: number) => lineIndexOf(lines, index);
    switch (event.key) {
      case "ArrowRight":
      case "ArrowLeft": {
        const forward = (event.key === "ArrowLeft") === rtl;
        moveCursor(cursor + (forward ? 1 : -1), stretch);
        break;
      }
      case "ArrowDown":
      case "ArrowUp": {
        const { line, offset } = lineOf(cursor);
        const target = line + (event.key === "ArrowDown" ? 1 : -1);
        if (target < 0 || target >= lines.length) break;
        const before = lines.slice(0, target).reduce((n, l) => n + l.words.length, 0);
        moveCursor(before + Math.min(offset, Math.max(0, (lines[target]?.words.length ?? 1) - 1)), stretch);
        break;
      }
      case "Home":
      case "End": {
        const { line } = lineOf(cursor);
        const before = lines.slice(0, line).reduce((n, l) => n + l.words.length, 0);
        moveCursor(event.key === "Home" ? before : before + Math.max(0, (lines[line]?.words.length ?? 1) - 1), stretch);
        break;
      }
      case "Enter":
      case " ": {
        if (checked) return;
        const word = words[cursor];
        const at = word && findMarkAt(selections, word);
        if (anchor !== null && anchor !== cursor) mark(anchor, cursor);
        else if (at) {
          setActive(at.start);
          setPickerFocus(false);
          setAnnouncement(describeWord(cursor));
        } else mark(cursor, cursor);
        setAnchor(null);
        break;
      }
      case "Delete":
      case "Backspace": {
        if (checked) return;
        const word = words[cursor];
        const at = word && findMarkAt(selections, word);
        if (at) remove(at.start);
        break;
      }
      case "Escape":
        if (anchor === null) return;
        setAnchor(null);
        break;
      default: {
        const digit = /^[0-9]$/.test(event.key) ? (Number(event.key) + 9) % 10 : -1;
        const word = words[cursor];
        const at = word && findMarkAt(selections, word);
        const category = categories[digit];
        if (checked || !at || !category) return;
        categorize(at.start, category.id);
        setActive(at.start);
        setPickerFocus(false);
        setAnnouncement(`${textOf(at)}: ${category.name}`);
      }
    }
    event.preventDefault();
  };

  const onWordPointerDown = (index: number) => {
    textRef.current?.focus({ preventScroll: true });
    setCursor(index);
    if (checked) return;
    setAnchor(index);
    setDragging(true);
  };
  const onWordPointerEnter = (index: number) => {
    if (dragging) setCursor(index);
  };
  const finishDrag = () => {
    if (!dragging || anchor === null) return;
    setDragging(false);
    const word = words[cursor];
    const at = anchor === cursor && word ? findMarkAt(selections, word) : undefined;
    if (at) {
      setActive(at.start);
      setPickerFocus(false);
    } else mark(anchor, cursor);
    setAnchor(null);
  };
  // The drag ends wherever the button is released, in the text or outside it; the listener
  // reads the latest state through the ref.
  const finishDragRef = useRef(finishDrag);
  useEffect(() => {
    finishDragRef.current = finishDrag;
  });
  useEffect(() => {
    if (!dragging) return;
    const end = () => finishDragRef.current();
    // A finger that starts on a word and then scrolls the page is cancelled by the browser:
    // that was a scroll, not a mark.
    const cancel = () => {
      setDragging(false);
      setAnchor(null);
    };
    window.addEventListener("pointerup", end);
    window.addEventListener("pointercancel", cancel);
    return () => {
      window.removeEventListener("pointerup", end);
      window.removeEventListener("pointercancel", cancel);
    };
  }, [dragging]);

  const check = () => {
    setChecked(true);
    setActive(null);
    setAnchor(null);
    // After the results render: move focus to their heading, so a screen reader reads the score.
    setTimeout(() => resultRef.current?.focus(), 0);
  };
  const startAgain = () => {
    setSelections([]);
    setChecked(false);
    setActive(null);
    setConfirming(false);
    setCursor(0);
    clearProgress(window.localStorage, storageKey);
    textRef.current?.focus();
  };

  const groups = useMemo(() => buildGroups(words, selections, score, active), [words, selections, score, active]);
  const activeMark = selections.find((s) => s.start === active) ?? null;
  const uncategorized = selections.filter((s) => s.category === null).length;

  return (
    // data-ready: saved progress is read and the handlers are live (what a browser test waits for).
    <div className="grid gap-8" data-testid="exercise-board" data-ready={loaded ? "true" : undefined}>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,52rem)_24rem]">
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
            range={anchor !== null && !checked ? { from: anchor, to: cursor } : null}
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

        <aside aria-label={checked ? t.resultTitle : t.marksTitle} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <div className="grid gap-5 rounded-xl border border-rule bg-white p-4">
            {checked && score ? (
              <ResultSummary score={score} strings={t} locale={locale} headingRef={resultRef} />
            ) : (
              <>
                {activeMark && (
                  <CategoryPicker
                    key={activeMark.start}
                    legend={format(t.categoryFor, { text: textOf(activeMark) })}
                    heading={t.categoryHeading}
                    language={language}
                    markText={textOf(activeMark)}
                    value={activeMark.category}
                    options={categories}
                    onChange={(category) => categorize(activeMark.start, category)}
                    focusOnMount={pickerFocus}
                  />
                )}
                <MarksList
                  marks={selections.map((s) => ({ start: s.start, text: textOf(s), category: s.category }))}
                  active={active}
                  language={language}
                  categoryName={categoryName}
                  strings={t}
                  onSelect={(start) => {
                    setActive(start);
                    setPickerFocus(true);
                  }}
                  onRemove={remove}
                />
              </>
            )}
            {/* The buttons stay in view at the panel's foot while the categories and marks scroll. */}
            <div className="sticky bottom-0 -mx-4 -mb-4 grid gap-2 rounded-b-xl border-t border-rule bg-white px-4 pt-3 pb-3">
              {!checked && uncategorized > 0 && (
                <p className="text-sm text-[#8a5a00]" data-testid="uncategorized">
                  {uncategorized === 1 ? t.uncategorizedOne : format(t.uncategorized, { count: uncategorized })}
                </p>
              )}
              {checked ? (
                <button type="button" onClick={() => setChecked(false)} className="rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong hover:bg-accent-soft">
                  {t.changeMarks}
                </button>
              ) : (
                <button type="button" onClick={check} className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
                  {t.check}
                </button>
              )}
              {confirming ? (
                <div role="group" aria-label={t.startAgain} className="grid gap-2 rounded-md bg-paper p-3 text-sm">
                  <p>{t.confirmStartAgain}</p>
                  <div className="flex flex-wrap gap-2">
                    <button type="button" onClick={startAgain} className="rounded-md bg-[#a12a2a] px-3 py-1.5 font-semibold text-white">
                      {t.confirmYes}
                    </button>
                    <button type="button" autoFocus onClick={() => setConfirming(false)} className="rounded-md border border-rule bg-white px-3 py-1.5 font-semibold">
                      {t.confirmNo}
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  onClick={() => setConfirming(true)}
                  disabled={selections.length === 0 && !checked}
                  className="rounded-md px-4 py-2 text-sm font-semibold text-accent-strong hover:bg-accent-soft disabled:text-muted disabled:hover:bg-transparent"
                >
                  {t.startAgain}
                </button>
              )}
              <p className="text-xs text-muted" data-testid="save-status">
                {saved ? t.saved : t.notSaved}
              </p>
            </div>
          </div>
        </aside>
      </div>

      {checked && score && (
        <ResultLists
          score={score}
          entries={answerKey.entries}
          textOf={textOf}
          language={language}
          names={names}
          readerPath={readerPath}
          locale={locale}
          strings={t}
        />
      )}
    </div>
  );
}

/** The raw text of a span, pieced together from the lines it runs over (line breaks as spaces). */
function spanText(lines: readonly ExerciseLine[], span: { start: number; end: number }): string {
  const parts: string[] = [];
  for (const line of lines) {
    const end = line.start + line.text.length;
    if (end <= span.start || line.start >= span.end) continue;
    parts.push(line.text.slice(Math.max(0, span.start - line.start), Math.min(line.text.length, span.end - line.start)));
  }
  return parts.join(" ");
}

function lineIndexOf(lines: readonly ExerciseLine[], wordIndex: number): { line: number; offset: number } {
  let before = 0;
  for (let line = 0; line < lines.length; line++) {
    const count = lines[line]!.words.length;
    if (wordIndex < before + count) return { line, offset: wordIndex - before };
    before += count;
  }
  return { line: Math.max(0, lines.length - 1), offset: 0 };
}

function buildGroups(
  words: readonly { start: number; end: number }[],
  selections: readonly Selection[],
  score: ReturnType<typeof scoreExercise> | null,
  active: number | null,
): (WordGroup | undefined)[] {
  const found = new Set(score?.found.map((f) => f.selection.start));
  return words.map((word): WordGroup | undefined => {
    const mark = findMarkAt(selections, word);
    if (mark) {
      const kind = score ? (found.has(mark.start) ? "found" : "extra") : "mark";
      return { key: `s${mark.start}`, kind, category: score ? null : mark.category, active: !score && mark.start === active };
    }
    const missed = score?.missed.find((m) => spansOverlap(m, word));
    return missed ? { key: `r${missed.start}`, kind: "missed", category: null, active: false } : undefined;
  });
}
