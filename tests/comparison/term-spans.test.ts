// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/engine";
import { findTermSpans, findTermSpansInTokens } from "@/lib/comparison/term-spans";

// Our own sentence: a two-word term twice, once split by a line, once by a hyphen.
const TEXT = "حاصرت القوات المدينة. وقالت إن القوات\nالمدينة بخير، وإن القوات-المدينة تعبير غريب.";

describe("findTermSpans", () => {
  it("should find nothing for a term that is not there", () => {
    expect(findTermSpans(TEXT, "الجيش")).toEqual([]);
  });

  it("should find a two-word term across white space or one hyphen, in raw offsets", () => {
    const spans = findTermSpans(TEXT, "القوات المدينه");
    expect(spans.map(({ start, end }) => TEXT.slice(start, end))).toEqual(["القوات المدينة", "القوات\nالمدينة", "القوات-المدينة"]);
  });
});

describe("findTermSpansInTokens", () => {
  it("should find every term in a text tokenized once exactly as findTermSpans does", () => {
    const tokens = tokenize(TEXT);
    for (const term of ["القوات", "القوات المدينه", "بخير", "الجيش"]) expect(findTermSpansInTokens(tokens, term)).toEqual(findTermSpans(TEXT, term));
  });
});
