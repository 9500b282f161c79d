// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { getCompareView } from "@/lib/reader/compare-view";

const analysis = getBundledCaseAnalysis("derna")!;
const ids = analysis.articles.map((a) => a.article.id);

describe("getCompareView", () => {
  it("should show a contrasting pair, said to be chosen by the page, when the URL names no articles", () => {
    const view = getCompareView(analysis, {}, "en");
    expect(view.shown).toHaveLength(2);
    expect(view.isDefault).toBe(true);
    expect(view.problems).toEqual([]);
  });

  it("should show the articles the URL names, in its order, whether comma-separated or repeated", () => {
    const [a, b, c] = ids as [string, string, string];
    expect(getCompareView(analysis, { articles: `${c},${a}` }, "en").shown.map((x) => x.article.id)).toEqual([c, a]);
    expect(getCompareView(analysis, { articles: [b, c] }, "en").shown.map((x) => x.article.id)).toEqual([b, c]);
  });

  it("should show no columns and say why when the URL asks for one article, five, or one that does not exist", () => {
    const one = getCompareView(analysis, { articles: ids[0] }, "en");
    expect(one.shown).toEqual([]);
    expect(one.problems).toHaveLength(1);
    expect(one.problems[0]).toMatch(/2/);
    const unknown = getCompareView(analysis, { articles: `${ids[0]},no-such-article` }, "en");
    expect(unknown.problems[0]).toContain("no-such-article");
    expect(unknown.selected).toEqual([ids[0]]);
  });

  it("should name an unknown actor in the URL and single out none", () => {
    const view = getCompareView(analysis, { actor: "nobody" }, "en");
    expect(view.focus).toBeNull();
    expect(view.problems.join(" ")).toContain("nobody");
  });

  it("should keep the language and the focus when the picker asks for other articles", () => {
    expect(getCompareView(analysis, { actor: "lna" }, "ar").keep).toEqual({ lang: "ar", actor: "lna" });
    expect(getCompareView(analysis, { category: "terrorism" }, "en").keep).toEqual({ category: "terrorism" });
  });

  it("should offer every actor and every framing category to single out", () => {
    const [actors, categories] = getCompareView(analysis, {}, "en").focusGroups;
    expect(actors!.options).toHaveLength(analysis.caseStudy.actors.length);
    expect(categories!.options.map((o) => o.id)).toContain("terrorism");
  });

  it("should give each column its article's translation, shown unless the URL hides it, and keep the choice for the picker", () => {
    const [a, b] = ids as [string, string];
    const view = getCompareView(analysis, { articles: `${a},${b}` }, "en");
    expect(view.showTranslation).toBe(true);
    expect(view.translations[a]!.paragraphs.length).toBeGreaterThan(0);
    expect(view.translations[b]!.by).toBe("framelens");
    const hidden = getCompareView(analysis, { articles: `${a},${b}`, translation: "hide" }, "ar");
    expect(hidden.showTranslation).toBe(false);
    expect(hidden.keep).toEqual({ lang: "ar", translation: "hide" });
  });

  it("should give a column whose article has no translation none, rather than inventing one", () => {
    const [a, b] = ids as [string, string];
    const caseStudy = { ...analysis.caseStudy, translations: analysis.caseStudy.translations!.filter((t) => t.article !== b) };
    const view = getCompareView({ ...analysis, caseStudy }, { articles: `${a},${b}` }, "en");
    expect(view.translations[a]).not.toBeNull();
    expect(view.translations[b]).toBeNull();
  });
});
