// @vitest-environment node
import { describe, expect, it } from "vitest";
import { keyAction } from "@/lib/classroom/exercise-keys";
import type { ExerciseState } from "@/lib/classroom/exercise-state";
import { after, SETUP } from "./exercise-fixture";

const key = (state: ExerciseState, name: string, shiftKey = false, rtl = true) => keyAction(SETUP, state, { key: name, shiftKey }, rtl);

describe("keyAction", () => {
  it("in Arabic the left arrow moves forward and the right arrow back; in English the other way", () => {
    expect(key(after(), "ArrowLeft")).toEqual({ type: "moveCursor", by: 1, stretch: false });
    expect(key(after(), "ArrowRight")).toEqual({ type: "moveCursor", by: -1, stretch: false });
    expect(key(after(), "ArrowRight", false, false)).toEqual({ type: "moveCursor", by: 1, stretch: false });
  });

  it("Shift stretches while marking, not after checking", () => {
    expect(key(after(), "ArrowDown", true)).toEqual({ type: "moveLine", by: 1, stretch: true });
    expect(key(after({ type: "check" }), "ArrowUp", true)).toEqual({ type: "moveLine", by: -1, stretch: false });
    expect(key(after(), "End", true)).toEqual({ type: "moveToLineEdge", edge: "end", stretch: true });
    expect(key(after(), "Home")).toEqual({ type: "moveToLineEdge", edge: "start", stretch: false });
  });

  it("Enter and Space press, Delete and Backspace remove; after checking the browser keeps them", () => {
    expect(key(after(), "Enter")).toEqual({ type: "press" });
    expect(key(after(), " ")).toEqual({ type: "press" });
    expect(key(after(), "Delete")).toEqual({ type: "removeAtCursor" });
    expect(key(after(), "Backspace")).toEqual({ type: "removeAtCursor" });
    const checked = after({ type: "check" });
    expect(key(checked, "Enter")).toBeNull();
    expect(key(checked, "Delete")).toBeNull();
  });

  it("Escape is the board's only while a range is stretched", () => {
    expect(key(after(), "Escape")).toBeNull();
    expect(key(after({ type: "moveCursor", by: 1, stretch: true }), "Escape")).toEqual({ type: "cancelRange" });
  });

  it("1 picks the first category and 3 the third, on a marked word only", () => {
    const marked = after({ type: "press" });
    expect(key(marked, "1")).toEqual({ type: "categorizeAtCursor", category: "terrorism" });
    expect(key(marked, "3")).toEqual({ type: "categorizeAtCursor", category: "state-legitimacy" });
    expect(key(after(), "1")).toBeNull();
  });

  it("a digit with no category, another key, or any digit after checking is left to the browser", () => {
    const marked = after({ type: "press" });
    expect(key(marked, "0")).toBeNull();
    expect(key(marked, "a")).toBeNull();
    expect(key({ ...marked, checked: true }, "1")).toBeNull();
  });
});
