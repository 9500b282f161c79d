// @vitest-environment node
import { describe, expect, it } from "vitest";
import { INITIAL_EXERCISE_STATE } from "@/lib/classroom/exercise-state";
import { after, at, reduce } from "./exercise-fixture";

describe("exerciseReducer", () => {
  describe("progress", () => {
    it("reading no saved progress only marks the board loaded", () => {
      expect(reduce(INITIAL_EXERCISE_STATE, { type: "progressRead", progress: null })).toEqual({ ...INITIAL_EXERCISE_STATE, loaded: true });
    });

    it("reading saved progress restores the marks, and a saved score means it was checked", () => {
      const selections = [{ start: 5, end: 9, category: "terrorism" }];
      const summary = { found: 1, selected: 1, reference: 3, categoryRight: 1 };
      expect(reduce(INITIAL_EXERCISE_STATE, { type: "progressRead", progress: { selections, submitted: summary } })).toMatchObject({ selections, checked: true, loaded: true });
      expect(reduce(INITIAL_EXERCISE_STATE, { type: "progressRead", progress: { selections, submitted: null } }).checked).toBe(false);
    });

    it("a failed write shows the work unsaved, and a repeated answer changes nothing", () => {
      const failed = reduce(after(), { type: "progressWritten", ok: false });
      expect(failed.saved).toBe(false);
      expect(reduce(failed, { type: "progressWritten", ok: false })).toBe(failed);
      expect(reduce(failed, { type: "progressWritten", ok: true }).saved).toBe(true);
    });
  });

  describe("the word cursor", () => {
    it("moving the cursor stays inside the text and says which word it is on", () => {
      expect(after({ type: "moveCursor", by: -1, stretch: false })).toMatchObject({ cursor: 0, announcement: { kind: "word", index: 0, mark: null } });
      expect(reduce(at(5), { type: "moveCursor", by: 1, stretch: false }).cursor).toBe(5);
      expect(after({ type: "moveCursor", by: 1, stretch: false }).cursor).toBe(1);
    });

    it("moving onto a marked word says its category at that moment", () => {
      const marked = after({ type: "press" }, { type: "categorizeAtCursor", category: "terrorism" });
      const moved = reduce(reduce(marked, { type: "moveCursor", by: 1, stretch: false }), { type: "moveCursor", by: -1, stretch: false });
      expect(moved.announcement).toEqual({ kind: "word", index: 0, mark: { category: "terrorism" } });
    });

    it("stretching drops an anchor where the cursor was and keeps it; moving without Shift lifts it", () => {
      const once = reduce(at(1), { type: "moveCursor", by: 1, stretch: true });
      expect(once).toMatchObject({ anchor: 1, cursor: 2 });
      const twice = reduce(once, { type: "moveCursor", by: 1, stretch: true });
      expect(twice).toMatchObject({ anchor: 1, cursor: 3 });
      expect(reduce(twice, { type: "moveCursor", by: 1, stretch: false }).anchor).toBeNull();
    });

    it("a line down keeps the column, held to the shorter line's last word", () => {
      expect(reduce(at(1), { type: "moveLine", by: 1, stretch: false }).cursor).toBe(5);
      expect(reduce(at(3), { type: "moveLine", by: 1, stretch: false }).cursor).toBe(5);
      expect(reduce(at(4), { type: "moveLine", by: -1, stretch: false }).cursor).toBe(0);
    });

    it("a line past the first or the last changes nothing", () => {
      const top = at(2);
      expect(reduce(top, { type: "moveLine", by: -1, stretch: false })).toBe(top);
      const bottom = at(5);
      expect(reduce(bottom, { type: "moveLine", by: 1, stretch: false })).toBe(bottom);
    });

    it("Home and End go to the first and the last word of the cursor's line", () => {
      expect(reduce(at(2), { type: "moveToLineEdge", edge: "start", stretch: false }).cursor).toBe(0);
      expect(reduce(at(2), { type: "moveToLineEdge", edge: "end", stretch: false }).cursor).toBe(3);
      expect(reduce(at(4), { type: "moveToLineEdge", edge: "end", stretch: true })).toMatchObject({ cursor: 5, anchor: 4 });
    });
  });

  describe("marking from the keyboard", () => {
    it("pressing on an unmarked word marks it, opens its categories and says so", () => {
      const marked = reduce(at(1), { type: "press" });
      expect(marked).toMatchObject({ selections: [{ start: 5, end: 9, category: null }], active: 5, pickerFocus: false, anchor: null });
      expect(marked.announcement).toEqual({ kind: "added", mark: { start: 5, end: 9 } });
    });

    it("pressing after a stretch marks the whole range", () => {
      const marked = reduce(reduce(at(2), { type: "moveCursor", by: 1, stretch: true }), { type: "press" });
      expect(marked).toMatchObject({ selections: [{ start: 10, end: 19, category: null }], active: 10, anchor: null });
    });

    it("pressing on a marked word opens that mark instead of marking again", () => {
      const marked = reduce(at(1), { type: "press" });
      const closed = { ...marked, active: null, pickerFocus: true };
      const opened = reduce(closed, { type: "press" });
      expect(opened).toMatchObject({ selections: marked.selections, active: 5, pickerFocus: false, announcement: { kind: "word", index: 1, mark: { category: null } } });
    });

    it("marking a word then picking a category records a selection", () => {
      const picked = reduce(reduce(at(1), { type: "press" }), { type: "categorizeAtCursor", category: "liberation" });
      expect(picked.selections).toEqual([{ start: 5, end: 9, category: "liberation" }]);
      expect(picked).toMatchObject({ active: 5, pickerFocus: false, announcement: { kind: "categorized", mark: { start: 5, end: 9 }, category: "liberation" } });
    });

    it("a category key or Delete off any mark changes nothing", () => {
      const state = at(2);
      expect(reduce(state, { type: "categorizeAtCursor", category: "terrorism" })).toBe(state);
      expect(reduce(state, { type: "removeAtCursor" })).toBe(state);
    });

    it("Delete on a marked word removes its mark, closes it and says so", () => {
      const removed = reduce(reduce(at(1), { type: "press" }), { type: "removeAtCursor" });
      expect(removed).toMatchObject({ selections: [], active: null, announcement: { kind: "removed", mark: { start: 5, end: 9 } } });
    });

    it("Escape lifts the anchor of a stretch, and without one changes nothing", () => {
      const stretched = reduce(at(1), { type: "moveCursor", by: 1, stretch: true });
      expect(reduce(stretched, { type: "cancelRange" }).anchor).toBeNull();
      const plain = at(1);
      expect(reduce(plain, { type: "cancelRange" })).toBe(plain);
    });

    it("once checked, pressing, Delete and category keys change nothing", () => {
      const checked = after({ type: "press" }, { type: "check" });
      expect(reduce(checked, { type: "press" })).toBe(checked);
      expect(reduce(checked, { type: "removeAtCursor" })).toBe(checked);
      expect(reduce(checked, { type: "categorizeAtCursor", category: "terrorism" })).toBe(checked);
    });
  });

  describe("marking with the pointer", () => {
    it("dragging from one word to another marks the words between", () => {
      const dragged = after({ type: "pointerDown", index: 3 }, { type: "pointerEnter", index: 5 }, { type: "pointerUp" });
      expect(dragged).toMatchObject({ selections: [{ start: 15, end: 32, category: null }], active: 15, dragging: false, anchor: null, cursor: 5 });
    });

    it("a click on a word marks it; a click on a marked word opens its mark", () => {
      const clicked = after({ type: "pointerDown", index: 0 }, { type: "pointerUp" });
      expect(clicked.selections).toEqual([{ start: 0, end: 4, category: null }]);
      const reopened = reduce(reduce({ ...clicked, active: null, pickerFocus: true }, { type: "pointerDown", index: 0 }), { type: "pointerUp" });
      expect(reopened).toMatchObject({ selections: clicked.selections, active: 0, pickerFocus: false, dragging: false });
    });

    it("the cursor follows the pointer only while dragging", () => {
      const idle = after();
      expect(reduce(idle, { type: "pointerEnter", index: 4 })).toBe(idle);
      expect(after({ type: "pointerDown", index: 1 }, { type: "pointerEnter", index: 4 }).cursor).toBe(4);
    });

    it("a release without a drag changes nothing", () => {
      const idle = after();
      expect(reduce(idle, { type: "pointerUp" })).toBe(idle);
    });

    it("a cancelled drag (the finger scrolled the page) marks nothing", () => {
      const cancelled = after({ type: "pointerDown", index: 1 }, { type: "pointerEnter", index: 2 }, { type: "pointerCancel" });
      expect(cancelled).toMatchObject({ selections: [], dragging: false, anchor: null });
    });

    it("once checked, a click only moves the cursor", () => {
      const checked = after({ type: "check" }, { type: "pointerDown", index: 4 });
      expect(checked).toMatchObject({ cursor: 4, anchor: null, dragging: false });
    });
  });

  describe("the panel", () => {
    it("picking a mark from the list opens it with the focus on its categories", () => {
      expect(after({ type: "press" }, { type: "selectMark", start: 0 })).toMatchObject({ active: 0, pickerFocus: true });
    });

    it("picking a category in the panel changes only that mark's category", () => {
      const state = after({ type: "pointerDown", index: 0 }, { type: "pointerUp" }, { type: "pointerDown", index: 2 }, { type: "pointerUp" }, { type: "categorize", start: 0, category: "terrorism" });
      expect(state.selections).toEqual([
        { start: 0, end: 4, category: "terrorism" },
        { start: 10, end: 14, category: null },
      ]);
      expect(state.active).toBe(10);
    });

    it("removing a mark from the list keeps another mark open", () => {
      const state = after({ type: "pointerDown", index: 0 }, { type: "pointerUp" }, { type: "pointerDown", index: 2 }, { type: "pointerUp" }, { type: "removeMark", start: 0 });
      expect(state).toMatchObject({ selections: [{ start: 10, end: 14, category: null }], active: 10, announcement: { kind: "removed", mark: { start: 0, end: 4 } } });
    });

    it("removing a mark that is not there keeps the last announcement", () => {
      const state = after({ type: "press" });
      expect(reduce(state, { type: "removeMark", start: 99 }).announcement).toEqual(state.announcement);
    });

    it("checking closes the open mark and drops a stretch; changing the marks reopens them", () => {
      const checked = after({ type: "press" }, { type: "moveCursor", by: 1, stretch: true }, { type: "check" });
      expect(checked).toMatchObject({ checked: true, active: null, anchor: null });
      expect(reduce(checked, { type: "changeMarks" })).toMatchObject({ checked: false, selections: checked.selections });
    });

    it("starting again asks first; keeping the marks answers no", () => {
      const asked = after({ type: "press" }, { type: "askStartAgain" });
      expect(asked.confirming).toBe(true);
      expect(reduce(asked, { type: "keepMarks" })).toMatchObject({ confirming: false, selections: asked.selections });
    });

    it("starting again clears the marks and the result and puts the cursor on the first word", () => {
      const state = after({ type: "moveCursor", by: 2, stretch: false }, { type: "press" }, { type: "check" }, { type: "askStartAgain" }, { type: "startAgain" });
      expect(state).toMatchObject({ selections: [], checked: false, active: null, confirming: false, cursor: 0 });
    });
  });
});
