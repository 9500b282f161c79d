import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { AnswerKey } from "@/lib/classroom/answer-key";
import { describeAnnouncement } from "@/lib/classroom/exercise-announcement";
import { keyAction } from "@/lib/classroom/exercise-keys";
import { type ExerciseAction, type ExerciseState, exerciseReducer, INITIAL_EXERCISE_STATE } from "@/lib/classroom/exercise-state";
import type { ExerciseLine } from "@/lib/classroom/exercise-text";
import { clearProgress, readProgress, summarizeScore, writeProgress } from "@/lib/classroom/progress";
import { type ExerciseScore, scoreExercise, type Selection, type Span } from "@/lib/classroom/score";
import { groupWords, type WordGroup } from "@/lib/classroom/word-groups";
import { spanText } from "@/lib/classroom/span-text";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import type { CategoryOption } from "./category-picker";
import type { ResultNames } from "./exercise-results";
import { loadFontsForOffline } from "./load-fonts";

export interface ExerciseBoardInput {
  lines: ExerciseLine[];
  language: "ar" | "en";
  answerKey: AnswerKey;
  storageKey: string;
  categories: CategoryOption[];
  names: ResultNames;
  strings: ExerciseMessages;
}

/** The exercise as the board shows it, and what its controls do. */
export interface ExerciseBoardModel {
  state: ExerciseState;
  dispatch: (action: ExerciseAction) => void;
  /** The result, once checked. */
  score: ExerciseScore<AnswerKey["terms"][number], Selection> | null;
  groups: (WordGroup | undefined)[];
  /** The mark whose category is being picked. */
  activeMark: Selection | null;
  uncategorized: number;
  announcement: string;
  textOf: (span: Span) => string;
  categoryName: (id: string | null) => string;
  textRef: RefObject<HTMLDivElement | null>;
  resultRef: RefObject<HTMLHeadingElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onWordPointerDown: (index: number) => void;
  onWordPointerEnter: (index: number) => void;
  check: () => void;
  startAgain: () => void;
}

/**
 * The exercise's state (exerciseReducer) with what the browser adds: progress read after
 * hydration and written on every change, the drag followed outside the text, the focus moved.
 */
export function useExerciseBoard({ lines, language, answerKey, storageKey, categories, names, strings: t }: ExerciseBoardInput): ExerciseBoardModel {
  const words = useMemo(() => lines.flatMap((line) => line.words), [lines]);
  const categoryIds = useMemo(() => categories.map((c) => c.id), [categories]);
  const setup = useMemo(() => ({ lines, words, categories: categoryIds }), [lines, words, categoryIds]);
  const reducer = useMemo(() => exerciseReducer(setup), [setup]);
  const [state, dispatch] = useReducer(reducer, INITIAL_EXERCISE_STATE);
  const { selections, checked, active, loaded, dragging } = state;
  const textRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const score = useMemo(() => (checked ? scoreExercise(answerKey.terms, selections) : null), [checked, answerKey.terms, selections]);

  // Progress is read after hydration: the server cannot know what this browser kept.
  useEffect(() => {
    dispatch({ type: "progressRead", progress: readProgress(window.localStorage, storageKey) });
    loadFontsForOffline();
  }, [storageKey]);

  useEffect(() => {
    if (!loaded) return;
    const submitted = checked ? summarizeScore(scoreExercise(answerKey.terms, selections)) : null;
    if (selections.length === 0 && submitted === null) clearProgress(window.localStorage, storageKey);
    else dispatch({ type: "progressWritten", ok: writeProgress(window.localStorage, storageKey, { selections, submitted }) });
  }, [loaded, checked, selections, answerKey.terms, storageKey]);

  // The drag ends wherever the button is released, in the text or outside it. A finger that
  // starts on a word and then scrolls the page is cancelled by the browser: that was a scroll,
  // not a mark.
  useEffect(() => {
    if (!dragging) return;
    const end = () => dispatch({ type: "pointerUp" });
    const cancel = () => dispatch({ type: "pointerCancel" });
    window.addEventListener("pointerup", end);
    window.addEventListener("pointercancel", cancel);
    return () => {
      window.removeEventListener("pointerup", end);
      window.removeEventListener("pointercancel", cancel);
    };
  }, [dragging]);

  const textOf = useCallback((span: Span) => spanText(lines, span), [lines]);
  const categoryName = useCallback((id: string | null) => (id === null ? t.noCategory : (names.categories[id] ?? id)), [names.categories, t.noCategory]);
  const optionName = (id: string) => categories.find((c) => c.id === id)?.name ?? id;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(setup, state, event, language === "ar");
    if (!action) return;
    dispatch(action);
    event.preventDefault();
  };

  const onWordPointerDown = (index: number) => {
    textRef.current?.focus({ preventScroll: true });
    dispatch({ type: "pointerDown", index });
  };
  const onWordPointerEnter = (index: number) => dispatch({ type: "pointerEnter", index });

  const check = () => {
    dispatch({ type: "check" });
    // After the results render: move focus to their heading, so a screen reader reads the score.
    setTimeout(() => resultRef.current?.focus(), 0);
  };
  const startAgain = () => {
    dispatch({ type: "startAgain" });
    clearProgress(window.localStorage, storageKey);
    textRef.current?.focus();
  };

  const groups = useMemo(() => groupWords(words, selections, score, active), [words, selections, score, active]);
  return {
    state,
    dispatch,
    score,
    groups,
    activeMark: selections.find((s) => s.start === active) ?? null,
    uncategorized: selections.filter((s) => s.category === null).length,
    announcement: describeAnnouncement(state.announcement, { words, textOf, categoryName, optionName, strings: t }),
    textOf,
    categoryName,
    textRef,
    resultRef,
    onKeyDown,
    onWordPointerDown,
    onWordPointerEnter,
    check,
    startAgain,
  };
}
