// @vitest-environment node
import { describe, expect, it } from "vitest";
import { categorizeMark, findMarkAt, markWords, removeMark } from "@/lib/classroom/selections";

// Words of "قوات حفتر تقصف درنة": [0,4) [5,9) [10,14) [15,19)
const WORDS = [
  { start: 0, end: 4 },
  { start: 5, end: 9 },
  { start: 10, end: 14 },
  { start: 15, end: 19 },
];

describe("markWords", () => {
  it("should ignore a word index out of range", () => {
    expect(markWords([], WORDS, 0, 9)).toEqual({ selections: [], made: null });
  });

  it("should mark one word, without a category", () => {
    expect(markWords([], WORDS, 2, 2).made).toEqual({ start: 10, end: 14, category: null });
  });

  it("should mark a phrase dragged either way", () => {
    expect(markWords([], WORDS, 1, 0).made).toEqual({ start: 0, end: 9, category: null });
    expect(markWords([], WORDS, 0, 1).made).toEqual({ start: 0, end: 9, category: null });
  });

  it("should replace the marks it overlaps and keep their common category", () => {
    const before = [
      { start: 0, end: 4, category: "delegitimization" },
      { start: 15, end: 19, category: "liberation" },
    ];
    const { selections, made } = markWords(before, WORDS, 0, 1);
    expect(made).toEqual({ start: 0, end: 9, category: "delegitimization" });
    expect(selections).toEqual([made, { start: 15, end: 19, category: "liberation" }]);
  });

  it("should drop the category when the replaced marks disagree", () => {
    const before = [
      { start: 0, end: 4, category: "delegitimization" },
      { start: 10, end: 14, category: "assault" },
    ];
    expect(markWords(before, WORDS, 0, 2).made?.category).toBeNull();
    expect(markWords(before, WORDS, 0, 2).selections).toHaveLength(1);
  });
});

describe("findMarkAt / removeMark / categorizeMark", () => {
  const marks = [{ start: 0, end: 9, category: null }];
  it("should find the mark covering a word", () => {
    expect(findMarkAt(marks, WORDS[1]!)).toBe(marks[0]);
    expect(findMarkAt(marks, WORDS[2]!)).toBeUndefined();
  });

  it("should remove and categorize by start", () => {
    expect(removeMark(marks, 0)).toEqual([]);
    expect(categorizeMark(marks, 0, "delegitimization")).toEqual([{ start: 0, end: 9, category: "delegitimization" }]);
  });
});
