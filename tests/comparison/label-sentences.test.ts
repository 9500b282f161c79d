// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { findLabelSentences } from "@/lib/comparison/label-sentences";
import { collectLabelOccurrences } from "@/lib/comparison/occurrences";

const analysis = getBundledCaseAnalysis("derna")!;

describe("one label's sentences, looked up when its dialog opens", () => {
  it("are Youm7's first uses of 'the Libyan army' for the LNA, with the count of all of them", () => {
    const found = findLabelSentences(analysis, "actor", "youm7:lna-libyan-army:lna", 3)!;
    expect(found.total).toBe(14);
    expect(found.occurrences).toHaveLength(3);
    expect(found.occurrences.every((o) => o.article === "youm7-2018-06")).toBe(true);
    expect(found.occurrences[0]!.form).toMatch(/الجيش الليب[يى]/);
  });

  it("are the same sentences the whole matrix collects, in the same order", () => {
    const all = collectLabelOccurrences(analysis, "actor")["youm7:lna-libyan-army:lna"]!;
    expect(findLabelSentences(analysis, "actor", "youm7:lna-libyan-army:lna", 100)!.occurrences).toEqual(all);
  });

  it("are not there for a label the matrix does not have, or one asked of the other matrix", () => {
    expect(findLabelSentences(analysis, "actor", "youm7:no-such-entry:lna", 10)).toBeUndefined();
    expect(findLabelSentences(analysis, "event", "youm7:lna-libyan-army:lna", 10)).toBeUndefined();
  });
});
