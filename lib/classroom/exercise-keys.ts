import { type ExerciseAction, type ExerciseSetup, type ExerciseState, markAtCursor } from "./exercise-state";

/**
 * What a key does on the text, given the board as it is.
 *
 * @param setup the exercise's text and categories
 * @param state the board now
 * @param key the key pressed (`KeyboardEvent.key`) and whether Shift was held
 * @param rtl the text runs right to left: the arrow pointing left moves forward
 * @returns the step to take, or null when the key is not the board's (the browser keeps it)
 */
export function keyAction(setup: ExerciseSetup, state: ExerciseState, key: { key: string; shiftKey: boolean }, rtl: boolean): ExerciseAction | null {
  const stretch = key.shiftKey && !state.checked;
  switch (key.key) {
    case "ArrowRight":
    case "ArrowLeft":
      return { type: "moveCursor", by: (key.key === "ArrowLeft") === rtl ? 1 : -1, stretch };
    case "ArrowDown":
    case "ArrowUp":
      return { type: "moveLine", by: key.key === "ArrowDown" ? 1 : -1, stretch };
    case "Home":
    case "End":
      return { type: "moveToLineEdge", edge: key.key === "Home" ? "start" : "end", stretch };
    case "Enter":
    case " ":
      return state.checked ? null : { type: "press" };
    case "Delete":
    case "Backspace":
      return state.checked ? null : { type: "removeAtCursor" };
    case "Escape":
      return state.anchor === null ? null : { type: "cancelRange" };
    default: {
      // 1 picks the first category, 9 the ninth, 0 the tenth.
      const digit = /^[0-9]$/.test(key.key) ? (Number(key.key) + 9) % 10 : -1;
      const category = setup.categories[digit];
      if (state.checked || !markAtCursor(setup, state) || category === undefined) return null;
      return { type: "categorizeAtCursor", category };
    }
  }
}
