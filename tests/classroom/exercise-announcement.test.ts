// @vitest-environment node
import { describe, expect, it } from "vitest";
import { describeAnnouncement } from "@/lib/classroom/exercise-announcement";
import { spanText } from "@/lib/classroom/span-text";
import { LINES, SETUP } from "./exercise-fixture";

describe("describeAnnouncement", () => {
  const wording = {
    words: SETUP.words,
    textOf: (span: { start: number; end: number }) => spanText(LINES, span),
    categoryName: (id: string | null) => id ?? "no category yet",
    optionName: (id: string) => id.toUpperCase(),
    strings: { markAdded: "Marked: {text}", markRemoved: "Removed: {text}", cursorWord: "{word}: word {n} of {total}", cursorMarked: "marked, {category}", cursorUnmarked: "not marked" },
  };

  it("says nothing before the first step, or for a word that is not there", () => {
    expect(describeAnnouncement({ kind: "none" }, wording)).toBe("");
    expect(describeAnnouncement({ kind: "word", index: 9, mark: null }, wording)).toBe("");
  });

  it("names the word under the cursor, where it is, and its mark", () => {
    expect(describeAnnouncement({ kind: "word", index: 1, mark: null }, wording)).toBe("حفتر: word 2 of 6, not marked");
    expect(describeAnnouncement({ kind: "word", index: 1, mark: { category: null } }, wording)).toBe("حفتر: word 2 of 6, marked, no category yet");
  });

  it("quotes a mark added, removed or given a category", () => {
    expect(describeAnnouncement({ kind: "added", mark: { start: 15, end: 25 } }, wording)).toBe("Marked: درنة الجيش");
    expect(describeAnnouncement({ kind: "removed", mark: { start: 0, end: 4 } }, wording)).toBe("Removed: قوات");
    expect(describeAnnouncement({ kind: "categorized", mark: { start: 0, end: 4 }, category: "terrorism" }, wording)).toBe("قوات: TERRORISM");
  });
});
