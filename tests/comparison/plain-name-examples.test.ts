// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyzeCaseStudy, type CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { describePlainNameExamples, plainNameExamples } from "@/lib/comparison/plain-name-examples";

const derna = getBundledCaseAnalysis("derna") as CaseAnalysis;

/** A one-article English case: the Derna outlets, actors and lexicon, and one English report written for this test. */
function englishCase(): CaseAnalysis {
  const article = {
    ...derna.caseStudy.articles[0]!,
    id: "english-report",
    language: "en" as const,
    headline: null,
    subheadline: null,
    chromeLines: [],
    text: "Haftar ordered his army to advance. Haftar said the city would fall, and residents fled the shelling.\n",
  };
  return analyzeCaseStudy({ ...derna.caseStudy, articles: [article], translations: [] });
}

describe("the plain names a case study's pages give as examples", () => {
  it("are the case's own most used plain names, in their most used spelling", () => {
    const examples = plainNameExamples(derna);
    expect(examples).toHaveLength(2);
    expect(examples[0]).toEqual({ form: "تنظيم الدولة", gloss: expect.stringMatching(/Islamic State/), language: "ar" });
  });

  it("read, in English, each Arabic form beside its gloss, isolated so the line keeps its order", () => {
    const text = describePlainNameExamples(plainNameExamples(derna, 1), "en");
    expect(text).toBe(" (\u2068تنظيم الدولة\u2069, “the Islamic State (organization)”)");
  });

  it("read, in Arabic, the forms alone, with the Arabic comma", () => {
    expect(describePlainNameExamples(plainNameExamples(derna), "ar")).toMatch(/^ \(\u2068تنظيم الدولة\u2069، \u2068.+\u2069\)$/);
  });

  it("come from an English case in English, with no Arabic in them", () => {
    const text = describePlainNameExamples(plainNameExamples(englishCase()), "en");
    expect(text).toContain("“Haftar”");
    expect(text).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("are none for a case that names no actor plainly, and then the sentence carries no parenthesis", () => {
    expect(describePlainNameExamples([], "en")).toBe("");
  });
});
