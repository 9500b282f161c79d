// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type ReferenceTerm, type Selection, scoreExercise, spansOverlap } from "@/lib/classroom/score";

// One real sentence in the style of the Derna coverage, with three reference terms:
//   قوات حفتر (delegitimization), “تطهير” (liberation, quoted), الإرهابيين (terrorism).
const TEXT = "قالت قوات حفتر إن “تطهير” درنة من الإرهابيين بات قريبا";

/** The span of the n-th occurrence of a phrase in TEXT. */
function at(phrase: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return { start, end: start + phrase.length };
}

function term(phrase: string, entry: string, category: string, quoted = false): ReferenceTerm {
  return { ...at(phrase), text: phrase, entry, category, quoted };
}

function mark(phrase: string, category: string | null): Selection {
  return { ...at(phrase), category };
}

const HAFTAR_FORCES = term("قوات حفتر", "lna-haftar-forces", "delegitimization");
const PURIFY = term("تطهير", "tathir", "liberation", true);
const TERRORISTS = term("الإرهابيين", "terrorists", "terrorism");
const REFERENCE = [HAFTAR_FORCES, PURIFY, TERRORISTS];

describe("spansOverlap", () => {
  it("should not count spans that only touch", () => {
    expect(spansOverlap({ start: 0, end: 4 }, { start: 4, end: 8 })).toBe(false);
  });

  it("should count one shared character", () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(true);
    expect(spansOverlap({ start: 4, end: 8 }, { start: 0, end: 5 })).toBe(true);
  });

  it("should count a span inside another", () => {
    expect(spansOverlap({ start: 0, end: 10 }, { start: 3, end: 4 })).toBe(true);
  });
});

describe("scoreExercise", () => {
  it("should give no precision and zero recall when nothing is selected", () => {
    // 3 terms, 0 selections: precision 0/0 is undefined (null), recall 0/3 = 0; all 3 missed.
    const score = scoreExercise(REFERENCE, []);
    expect(score.precision).toBeNull();
    expect(score.recall).toBe(0);
    expect(score.missed).toEqual(REFERENCE);
    expect(score.found).toEqual([]);
    expect(score.extra).toEqual([]);
  });

  it("should give no recall when the text has no reference term", () => {
    // 0 terms, 1 selection: recall 0/0 is null, precision 0/1 = 0; the selection is extra.
    const score = scoreExercise([], [mark("درنة", "liberation")]);
    expect(score.recall).toBeNull();
    expect(score.precision).toBe(0);
    expect(score.extra).toHaveLength(1);
  });

  it("should score 2 right and 1 extra as precision 2/3 and recall 2/3", () => {
    // Marks: قوات حفتر (right), الإرهابيين (right), درنة (no term there: extra).
    // found 2, selections 3, terms 3 → precision 2/3, recall 2/3; تطهير missed.
    const score = scoreExercise(REFERENCE, [mark("قوات حفتر", "delegitimization"), mark("الإرهابيين", "terrorism"), mark("درنة", "liberation")]);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.found.map((f) => f.reference.entry)).toEqual(["lna-haftar-forces", "terrorists"]);
    expect(score.missed.map((m) => m.entry)).toEqual(["tathir"]);
    expect(score.extra.map((s) => TEXT.slice(s.start, s.end))).toEqual(["درنة"]);
    expect(score.categoryRight).toBe(2);
  });

  it("should count a partial overlap as found, not exact", () => {
    // Only حفتر of the two-word term قوات حفتر: it shares a word, so found (partial).
    // found 1 of 1 selection, 1 of 3 terms → precision 1, recall 1/3.
    const score = scoreExercise(REFERENCE, [mark("حفتر", "delegitimization")]);
    expect(score.found).toHaveLength(1);
    expect(score.found[0]!.exact).toBe(false);
    expect(score.found[0]!.categoryRight).toBe(true);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it("should count a selection longer than the term as found, not exact", () => {
    // قالت قوات حفتر covers the term and one more word: found (partial), precision 1, recall 1/3.
    const score = scoreExercise(REFERENCE, [mark("قالت قوات حفتر", "delegitimization")]);
    expect(score.found[0]!.reference.entry).toBe("lna-haftar-forces");
    expect(score.found[0]!.exact).toBe(false);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it("should report a wrong category separately, leaving precision and recall alone", () => {
    // قوات حفتر marked as terrorism (it is delegitimization), الإرهابيين as terrorism (right):
    // found 2 of 2 selections, of 3 terms → precision 1, recall 2/3; category right 1 of 2.
    const score = scoreExercise(REFERENCE, [mark("قوات حفتر", "terrorism"), mark("الإرهابيين", "terrorism")]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.categoryRight).toBe(1);
    expect(score.found.map((f) => f.categoryRight)).toEqual([false, true]);
  });

  it("should count a selection without a category as a wrong category", () => {
    const score = scoreExercise(REFERENCE, [mark("الإرهابيين", null)]);
    expect(score.found).toHaveLength(1);
    expect(score.categoryRight).toBe(0);
  });

  it("should find a quoted term like any other, exactly when the quote marks are left out", () => {
    // The term's span is the word inside “ ”: marking the word alone is exact; a span that
    // includes the quote marks still shares the word, so it is found, but not exactly.
    const word = scoreExercise(REFERENCE, [mark("تطهير", "liberation")]);
    expect(word.found[0]!.reference.quoted).toBe(true);
    expect(word.found[0]!.exact).toBe(true);
    const withQuotes = scoreExercise(REFERENCE, [mark("“تطهير”", "liberation")]);
    expect(withQuotes.found).toHaveLength(1);
    expect(withQuotes.found[0]!.exact).toBe(false);
  });

  it("should let one selection over two terms find only one of them", () => {
    // One selection from قوات to تطهير touches two terms: it finds the first (قوات حفتر);
    // تطهير and الإرهابيين stay missed → precision 1/1, recall 1/3.
    const score = scoreExercise(REFERENCE, [mark("قوات حفتر إن “تطهير", "delegitimization")]);
    expect(score.found.map((f) => f.reference.entry)).toEqual(["lna-haftar-forces"]);
    expect(score.missed.map((m) => m.entry)).toEqual(["tathir", "terrorists"]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it("should count a second selection on a found term as extra", () => {
    // قوات and حفتر marked separately: one finds قوات حفتر, the other is extra
    // → precision 1/2, recall 1/3.
    const score = scoreExercise(REFERENCE, [mark("قوات", "delegitimization"), mark("حفتر", "delegitimization")]);
    expect(score.found).toHaveLength(1);
    expect(score.extra).toHaveLength(1);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it("should pair a long selection with the term a shorter one cannot reach", () => {
    // A: قوات حفتر إن “تطهير (touches two terms), B: تطهير alone. Pairing B with تطهير and A
    // with قوات حفتر finds both: precision 2/2, recall 2/3. Taking A for قوات حفتر first and
    // then B for تطهير is what "the selection that ends first" gives.
    const a = mark("قوات حفتر إن “تطهير", "delegitimization");
    const b = { ...at("تطهير"), category: "liberation" };
    const score = scoreExercise(REFERENCE, [b, a]);
    expect(score.found.map((f) => [f.reference.entry, f.selection])).toEqual([
      ["lna-haftar-forces", a],
      ["tathir", b],
    ]);
    expect(score.precision).toBe(1);
  });

  it("should prefer the selection that ends first when two touch one term", () => {
    // Term قوات حفتر; selections A = قالت قوات حفتر إن “تطهير (also touches تطهير) and
    // B = حفتر. قوات حفتر takes B (ends first), then تطهير takes A: both found, nothing extra.
    const a = mark("قالت قوات حفتر إن “تطهير", "delegitimization");
    const b = mark("حفتر", "delegitimization");
    const score = scoreExercise(REFERENCE, [a, b]);
    expect(score.found.map((f) => [f.reference.entry, f.selection])).toEqual([
      ["lna-haftar-forces", b],
      ["tathir", a],
    ]);
    expect(score.extra).toEqual([]);
  });

  it("should score every word selected as full recall and low precision", () => {
    // Every one of the 10 words marked on its own: the 3 terms are found (قوات حفتر by قوات;
    // حفتر is then extra), the other 7 selections are extra → precision 3/10, recall 3/3.
    const words = [...TEXT.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, category: "terrorism" }));
    expect(words).toHaveLength(10);
    const score = scoreExercise(REFERENCE, words);
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(3 / 10);
    expect(score.extra).toHaveLength(7);
    expect(score.categoryRight).toBe(1);
  });

  it("should score the whole text as one selection as precision 1 and recall 1/3", () => {
    // One selection over everything finds one term only (rule 2): precision 1/1, recall 1/3.
    const score = scoreExercise(REFERENCE, [{ start: 0, end: TEXT.length, category: "terrorism" }]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.missed).toHaveLength(2);
  });

  it("should not depend on the order the selections were made in", () => {
    const marks = [mark("الإرهابيين", "terrorism"), mark("درنة", null), mark("قوات حفتر", "terrorism")];
    expect(scoreExercise(REFERENCE, marks)).toEqual(scoreExercise([...REFERENCE].reverse(), [...marks].reverse()));
  });
});
