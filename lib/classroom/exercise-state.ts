import type { ExerciseLine, ExerciseWord } from "./exercise-text";
import type { ExerciseProgress } from "./progress";
import type { Selection, Span } from "./score";
import { categorizeMark, findMarkAt, markWords, removeMark } from "./selections";

/** What the exercise is done on, which no step changes. */
export interface ExerciseSetup {
  lines: readonly ExerciseLine[];
  /** Every word of the text, in order: the lines' words, one after another. */
  words: readonly ExerciseWord[];
  /** The category ids in taxonomy order: keys 1 to 9, then 0, pick them. */
  categories: readonly string[];
}

/** What a screen reader is told after the last step, as data: the board puts it in words. */
export type Announcement =
  | { kind: "none" }
  | { kind: "added"; mark: Span }
  | { kind: "removed"; mark: Span }
  /** The word under the cursor, and the mark it was in at that moment (null: none). */
  | { kind: "word"; index: number; mark: { category: string | null } | null }
  | { kind: "categorized"; mark: Span; category: string };

/** Everything the exercise board remembers between two steps. */
export interface ExerciseState {
  /** The student's marks, in text order; they never overlap. */
  selections: Selection[];
  /** Checked against the answer key: the results show and the marks are locked. */
  checked: boolean;
  /** The start of the mark whose category is being picked. */
  active: number | null;
  /** The word cursor, an index into the setup's words. */
  cursor: number;
  /** Where the range being stretched (Shift + arrows, a drag) began. */
  anchor: number | null;
  dragging: boolean;
  /** Saved progress has been read: from then on every change is written back. */
  loaded: boolean;
  /** The last write of the progress went through. */
  saved: boolean;
  /** "Start again?" is asked and not answered yet. */
  confirming: boolean;
  announcement: Announcement;
  /** The mark was picked from the list: the categories then take the focus. */
  pickerFocus: boolean;
}

/** A step of the exercise: a key, a pointer, a button or storage answering. */
export type ExerciseAction =
  | { type: "progressRead"; progress: Pick<ExerciseProgress, "selections" | "submitted"> | null }
  | { type: "progressWritten"; ok: boolean }
  | { type: "moveCursor"; by: number; stretch: boolean }
  | { type: "moveLine"; by: number; stretch: boolean }
  | { type: "moveToLineEdge"; edge: "start" | "end"; stretch: boolean }
  /** Enter or Space: mark the stretched range, open the mark under the cursor, or mark the word. */
  | { type: "press" }
  | { type: "removeAtCursor" }
  | { type: "cancelRange" }
  | { type: "categorizeAtCursor"; category: string }
  | { type: "pointerDown"; index: number }
  | { type: "pointerEnter"; index: number }
  | { type: "pointerUp" }
  | { type: "pointerCancel" }
  | { type: "selectMark"; start: number }
  | { type: "categorize"; start: number; category: string }
  | { type: "removeMark"; start: number }
  | { type: "check" }
  | { type: "changeMarks" }
  | { type: "askStartAgain" }
  | { type: "keepMarks" }
  | { type: "startAgain" };

/** The board before anything happened: no marks, the cursor on the first word, progress not read yet. */
export const INITIAL_EXERCISE_STATE: ExerciseState = {
  selections: [],
  checked: false,
  active: null,
  cursor: 0,
  anchor: null,
  dragging: false,
  loaded: false,
  saved: true,
  confirming: false,
  announcement: { kind: "none" },
  pickerFocus: false,
};

/**
 * The exercise's reducer for one text.
 *
 * @param setup the lines, words and categories of the exercise
 * @returns a pure `(state, action) => state`; a step that changes nothing returns the same state
 */
export function exerciseReducer(setup: ExerciseSetup): (state: ExerciseState, action: ExerciseAction) => ExerciseState {
  return (state, action) => reduceExercise(setup, state, action);
}

function reduceExercise(setup: ExerciseSetup, state: ExerciseState, action: ExerciseAction): ExerciseState {
  switch (action.type) {
    case "progressRead":
      return action.progress ? { ...state, selections: action.progress.selections, checked: action.progress.submitted !== null, loaded: true } : { ...state, loaded: true };
    case "progressWritten":
      return action.ok === state.saved ? state : { ...state, saved: action.ok };
    case "moveCursor":
      return moveCursor(setup, state, state.cursor + action.by, action.stretch);
    case "moveLine": {
      const { line, offset } = lineIndexOf(setup.lines, state.cursor);
      const target = line + action.by;
      if (target < 0 || target >= setup.lines.length) return state;
      const last = Math.max(0, (setup.lines[target]?.words.length ?? 1) - 1);
      return moveCursor(setup, state, wordsBefore(setup.lines, target) + Math.min(offset, last), action.stretch);
    }
    case "moveToLineEdge": {
      const { line } = lineIndexOf(setup.lines, state.cursor);
      const first = wordsBefore(setup.lines, line);
      const last = first + Math.max(0, (setup.lines[line]?.words.length ?? 1) - 1);
      return moveCursor(setup, state, action.edge === "start" ? first : last, action.stretch);
    }
    case "press": {
      if (state.checked) return state;
      const { anchor, cursor } = state;
      const at = markAtCursor(setup, state);
      let next: ExerciseState;
      if (anchor !== null && anchor !== cursor) next = mark(setup, state, anchor, cursor);
      else if (at) next = { ...state, active: at.start, pickerFocus: false, announcement: describeWord(setup, state.selections, cursor) };
      else next = mark(setup, state, cursor, cursor);
      return { ...next, anchor: null };
    }
    case "removeAtCursor": {
      const at = markAtCursor(setup, state);
      return state.checked || !at ? state : remove(state, at.start);
    }
    case "cancelRange":
      return state.anchor === null ? state : { ...state, anchor: null };
    case "categorizeAtCursor": {
      const at = markAtCursor(setup, state);
      if (state.checked || !at) return state;
      return {
        ...state,
        selections: categorizeMark(state.selections, at.start, action.category),
        active: at.start,
        pickerFocus: false,
        announcement: { kind: "categorized", mark: { start: at.start, end: at.end }, category: action.category },
      };
    }
    case "pointerDown":
      return state.checked ? { ...state, cursor: action.index } : { ...state, cursor: action.index, anchor: action.index, dragging: true };
    case "pointerEnter":
      return state.dragging ? { ...state, cursor: action.index } : state;
    case "pointerUp": {
      const { anchor, cursor } = state;
      if (!state.dragging || anchor === null) return state;
      const word = setup.words[cursor];
      const at = anchor === cursor && word ? findMarkAt(state.selections, word) : undefined;
      const next = at ? { ...state, active: at.start, pickerFocus: false } : mark(setup, state, anchor, cursor);
      return { ...next, dragging: false, anchor: null };
    }
    case "pointerCancel":
      return { ...state, dragging: false, anchor: null };
    case "selectMark":
      return { ...state, active: action.start, pickerFocus: true };
    case "categorize":
      return { ...state, selections: categorizeMark(state.selections, action.start, action.category) };
    case "removeMark":
      return remove(state, action.start);
    case "check":
      return { ...state, checked: true, active: null, anchor: null };
    case "changeMarks":
      return { ...state, checked: false };
    case "askStartAgain":
      return { ...state, confirming: true };
    case "keepMarks":
      return { ...state, confirming: false };
    case "startAgain":
      return { ...state, selections: [], checked: false, active: null, confirming: false, cursor: 0 };
  }
}

function moveCursor(setup: ExerciseSetup, state: ExerciseState, index: number, stretch: boolean): ExerciseState {
  const cursor = Math.max(0, Math.min(setup.words.length - 1, index));
  const anchor = stretch ? (state.anchor ?? state.cursor) : null;
  return { ...state, cursor, anchor, announcement: describeWord(setup, state.selections, cursor) };
}

function mark(setup: ExerciseSetup, state: ExerciseState, from: number, to: number): ExerciseState {
  const { selections, made } = markWords(state.selections, setup.words, from, to);
  if (!made) return state;
  return { ...state, selections, active: made.start, pickerFocus: false, announcement: { kind: "added", mark: { start: made.start, end: made.end } } };
}

function remove(state: ExerciseState, start: number): ExerciseState {
  const gone = state.selections.find((s) => s.start === start);
  return {
    ...state,
    selections: removeMark(state.selections, start),
    active: state.active === start ? null : state.active,
    announcement: gone ? { kind: "removed", mark: { start: gone.start, end: gone.end } } : state.announcement,
  };
}

/**
 * The mark under the word cursor.
 *
 * @param setup the exercise's words
 * @param state the board now
 * @returns the mark, or undefined
 */
export function markAtCursor(setup: Pick<ExerciseSetup, "words">, state: Pick<ExerciseState, "selections" | "cursor">): Selection | undefined {
  const word = setup.words[state.cursor];
  return word && findMarkAt(state.selections, word);
}

function describeWord(setup: ExerciseSetup, selections: readonly Selection[], index: number): Announcement {
  const word = setup.words[index];
  const at = word && findMarkAt(selections, word);
  return { kind: "word", index, mark: at ? { category: at.category } : null };
}

function wordsBefore(lines: readonly ExerciseLine[], line: number): number {
  return lines.slice(0, line).reduce((n, l) => n + l.words.length, 0);
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
