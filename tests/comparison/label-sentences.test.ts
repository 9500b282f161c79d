// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { findLabelSentences } from "@/lib/comparison/label-sentences";
import { collectLabelOccurrences } from "@/lib/comparison/occurrences";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { plainTranslation } from "@/lib/case-study/translation-marks";
import { bodyParagraphs } from "@/lib/case-study/validate-translations";

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

describe("a label's sentences beside their translation", () => {
  it("carry the English of the paragraph each one is in, as plain text", () => {
    const youm7 = analysis.caseStudy.articles.find((a) => a.id === "youm7-2018-06")!;
    const translation = analysis.caseStudy.translations!.find((t) => t.article === youm7.id)!;
    const paragraphs = bodyParagraphs(youm7);
    for (const occurrence of findLabelSentences(analysis, "actor", "youm7:lna-libyan-army:lna", 100)!.occurrences) {
      // The raw line the sentence stands on is one body paragraph of the reader.
      const lineEnd = youm7.text.indexOf("\n", occurrence.start);
      const line = youm7.text.slice(youm7.text.lastIndexOf("\n", occurrence.start) + 1, lineEnd < 0 ? undefined : lineEnd).trim();
      const index = paragraphs.indexOf(line);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(occurrence.translation).toBe(plainTranslation(translation.paragraphs[index]!));
    }
  });

  it("carry none when their article has no translation", () => {
    const untranslated = analyzeCaseStudy({ ...analysis.caseStudy, translations: analysis.caseStudy.translations!.filter((t) => t.article !== "youm7-2018-06") });
    const found = findLabelSentences(untranslated, "actor", "youm7:lna-libyan-army:lna", 100)!;
    expect(found.occurrences.every((o) => o.translation === null)).toBe(true);
  });
});
