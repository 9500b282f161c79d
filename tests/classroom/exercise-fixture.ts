import { type ExerciseAction, type ExerciseSetup, type ExerciseState, exerciseReducer, INITIAL_EXERCISE_STATE } from "@/lib/classroom/exercise-state";
import type { ExerciseLine } from "@/lib/classroom/exercise-text";

// A two-line text and the exercise's reducer on it, shared by the exercise's tests.

/** A line of the text at `start`, its words split at spaces. */
export function line(start: number, text: string): ExerciseLine {
  return { start, text, latin: false, words: [...text.matchAll(/\S+/g)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length })) };
}

// Words 0–3 on the first line, 4–5 on the second.
export const LINES = [line(0, "قوات حفتر تقصف درنة"), line(20, "الجيش الوطني")];
export const SETUP: ExerciseSetup = { lines: LINES, words: LINES.flatMap((l) => l.words), categories: ["terrorism", "liberation", "state-legitimacy"] };
export const reduce = exerciseReducer(SETUP);

/** The state after the steps, from the initial one with progress read. */
export function after(...actions: ExerciseAction[]): ExerciseState {
  return actions.reduce(reduce, reduce(INITIAL_EXERCISE_STATE, { type: "progressRead", progress: null }));
}

/** The state with the cursor moved to a word, as by a click on it. */
export const at = (cursor: number, state: ExerciseState = after()): ExerciseState => ({ ...state, cursor });
