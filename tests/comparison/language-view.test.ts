// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { parseLanguageView, withLanguageView } from "@/lib/comparison/language-url";
import { analysisForLanguage, caseLanguages } from "@/lib/comparison/language-view";
import { getOverviewData } from "@/lib/comparison/overview-data";

const derna = getBundledCaseAnalysis("derna")!;

/** Derna with Youm7's article taken as English coverage: a case study that mixes languages. */
function mixed(): CaseAnalysis {
  const articles = derna.articles.map((a) => (a.article.outlet.id === "youm7" ? { ...a, article: { ...a.article, language: "en" as const } } : a));
  return { ...derna, articles, caseStudy: { ...derna.caseStudy, articles: articles.map((a) => a.article) } };
}

describe("the overview's language in the URL", () => {
  it("should read ar and en, and every language for anything else", () => {
    expect(parseLanguageView("en")).toBe("en");
    expect(parseLanguageView(["ar", "en"])).toBe("ar");
    expect(parseLanguageView("fr")).toBe("all");
    expect(parseLanguageView(null)).toBe("all");
  });

  it("should write ?language= beside the other parameters, and drop it for every language", () => {
    expect(withLanguageView("?voice=outlet&label=youm7:a:b", "en")).toBe("voice=outlet&label=youm7:a:b&language=en");
    expect(withLanguageView("language=en&voice=outlet", "all")).toBe("voice=outlet");
  });
});

describe("the overview narrowed to one language", () => {
  it("should find one language in the bundled case, which then offers no filter", () => {
    expect(caseLanguages(derna)).toEqual(["ar"]);
    expect(getOverviewData(derna, "en").byLanguage).toEqual({});
  });

  it("should keep only that language's articles and outlets, their counts added up again", () => {
    const analysis = mixed();
    expect(caseLanguages(analysis)).toEqual(["ar", "en"]);
    const english = analysisForLanguage(analysis, "en");
    expect(english.caseStudy.outlets.map((o) => o.id)).toEqual(["youm7"]);
    expect(english.articles.every((a) => a.article.language === "en")).toBe(true);
    expect(english.byOutlet.get("youm7")).toEqual(derna.byOutlet.get("youm7"));
    const arabic = analysisForLanguage(analysis, "ar");
    expect(arabic.caseStudy.outlets.map((o) => o.id)).not.toContain("youm7");
    expect(arabic.articles).toHaveLength(derna.articles.length - english.articles.length);
  });

  it("should give the overview each language's matrices, whose cells add up to the whole case's", () => {
    const data = getOverviewData(mixed(), "en");
    expect(data.languages).toEqual(["ar", "en"]);
    const uses = (rows: typeof data.actorRows) => rows.reduce((sum, row) => sum + Object.values(row.cells).flat().reduce((s, use) => s + use.count, 0), 0);
    expect(uses(data.byLanguage.ar!.actorRows) + uses(data.byLanguage.en!.actorRows)).toBe(uses(data.actorRows));
    expect(data.byLanguage.en!.outlets.map((o) => o.id)).toEqual(["youm7"]);
  });
});
