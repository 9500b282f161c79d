// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getExerciseIndexView, getExerciseView } from "@/lib/classroom/exercise-view";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const analysis = getBundledCaseAnalysis("derna")!;
const libya24 = analysis.articles.find((a) => a.article.id === "libya24-2018-06")!;

describe("getExerciseView", () => {
  it("should ask the student for the body's framing terms only: no chrome, no plain names", () => {
    const { board } = getExerciseView(analysis.caseStudy, libya24, "en");
    const framing = libya24.mentions.filter((m) => !m.chrome && m.category !== null);
    expect(board.answerKey.terms.map((t) => t.start)).toEqual(framing.map((m) => m.start));
  });

  it("should offer the ten framing categories with their names, explanations and colours", () => {
    const { board } = getExerciseView(analysis.caseStudy, libya24, "en");
    expect(board.categories).toHaveLength(10);
    expect(board.categories.find((c) => c.id === "terrorism")).toMatchObject({ name: "Terrorism" });
    expect(board.categories.every((c) => c.explanation.length > 0 && c.color.startsWith("#"))).toBe(true);
  });

  it("should keep progress under a key that names the case and the article, and link results to the reader", () => {
    const { board } = getExerciseView(analysis.caseStudy, libya24, "ar");
    expect(board.storageKey).toContain("derna");
    expect(board.storageKey).toContain("libya24-2018-06");
    expect(board.readerPath).toBe("/cases/derna/articles/libya24-2018-06");
    expect(board.names.actors.lna).not.toBe("Haftar-led forces (LNA)");
  });

  it("should offer the article's translation as plain text, one paragraph per body paragraph, marking no term", () => {
    const { translation } = getExerciseView(analysis.caseStudy, libya24, "en");
    const stored = analysis.caseStudy.translations!.find((t) => t.article === "libya24-2018-06")!;
    expect(translation!.by).toBe("framelens");
    expect(translation!.paragraphs).toHaveLength(stored.paragraphs.length);
    expect(translation!.paragraphs.join(" ")).not.toMatch(/\[\[|\]\]/);
  });

  it("should offer no translation for an article that has none, rather than inventing one", () => {
    const caseStudy = { ...analysis.caseStudy, translations: analysis.caseStudy.translations!.filter((t) => t.article !== "libya24-2018-06") };
    expect(getExerciseView(caseStudy, libya24, "ar").translation).toBeNull();
  });
});

describe("getExerciseIndexView", () => {
  it("should list every article oldest first, each linked to its exercise in the interface language", () => {
    const { articles } = getExerciseIndexView(analysis.caseStudy, "ar");
    expect(articles).toHaveLength(analysis.caseStudy.articles.length);
    const dates = articles.map((a) => a.article.date);
    expect(dates).toEqual([...dates].sort());
    expect(articles[0]!.href).toMatch(/^\/cases\/derna\/exercise\/.+lang=ar/);
  });

  it("should give each article the progress key its exercise page keeps the marks under", () => {
    const { articles } = getExerciseIndexView(analysis.caseStudy, "en");
    const row = articles.find((a) => a.article.id === "libya24-2018-06")!;
    expect(row.storageKey).toBe(getExerciseView(analysis.caseStudy, libya24, "en").board.storageKey);
  });
});
