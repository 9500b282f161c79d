// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyzeCaseStudy, type CaseAnalysis } from "@/lib/comparison/analyze-case";
import { DEFAULT_DISTINCTIVE_LIMIT, getDistinctiveTerms } from "@/lib/comparison/distinctive";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { normalizeWords } from "@/lib/engine";

const derna = getBundledCaseAnalysis("derna") as CaseAnalysis;

describe("getDistinctiveTerms", () => {
  it("should list no term for a case of one outlet", () => {
    const youm7 = derna.caseStudy.articles.filter((a) => a.outlet.id === "youm7");
    const oneOutlet = analyzeCaseStudy({ ...derna.caseStudy, outlets: [youm7[0]!.outlet], articles: youm7 });
    expect(getDistinctiveTerms(oneOutlet)).toEqual([{ outlet: youm7[0]!.outlet, words: expect.any(Number), terms: [] }]);
  });

  it("marks a term whose z is under 1.96 as possibly chance, and one above it not", () => {
    const terms = getDistinctiveTerms(derna, { limit: Infinity }).flatMap((o) => o.terms);
    expect(terms.some((t) => t.mayBeChance)).toBe(true);
    for (const term of terms) expect(term.mayBeChance).toBe(Math.abs(term.z) < 1.96);
    const youm7Army = getDistinctiveTerms(derna).find((o) => o.outlet.id === "youm7")?.terms.find((t) => t.term === "الجيش");
    expect(youm7Army?.mayBeChance).toBe(false);
  });

  it("gives each term sentences from different articles, as written, with the paragraph's English", () => {
    // Al Jazeera's "his forces" (Haftar's), in its 2016 and its 2018 article.
    const aljazeera = getDistinctiveTerms(derna).find((o) => o.outlet.id === "aljazeera");
    const hisForces = aljazeera?.terms.find((t) => t.term === "قواته");
    expect(hisForces?.examples).toHaveLength(2);
    expect(new Set(hisForces?.examples.map((e) => e.article))).toEqual(new Set(["aljazeera-2016-04", "aljazeera-2018-02"]));
    for (const example of hisForces?.examples ?? []) {
      expect(normalizeWords(example.form)).toBe("قواته");
      expect(example.language).toBe("ar");
      expect(example.before.length + example.after.length).toBeGreaterThan(0);
      expect(example.translation).toMatch(/forces/i);
    }
  });

  it("says a sentence has no translation when its article has none, instead of inventing one", () => {
    const untranslated = analyzeCaseStudy({ ...derna.caseStudy, translations: [] });
    const examples = getDistinctiveTerms(untranslated).flatMap((o) => o.terms.flatMap((t) => t.examples));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.every((e) => e.translation === null)).toBe(true);
  });

  it("never ranks reporting or time words: said, added, sources, the days", () => {
    const terms = new Set(getDistinctiveTerms(derna, { limit: Infinity, minCount: 1 }).flatMap((o) => o.terms.map((t) => t.term)));
    for (const word of ["قال", "وأضاف", "مصادر", "الأيام", "أمس", "العام الماضي"]) expect(terms.has(normalizeWords(word))).toBe(false);
  });

  it("lists every outlet of the case in its order, each with at most the default number of over-used terms", () => {
    const outlets = getDistinctiveTerms(derna);
    expect(outlets.map((o) => o.outlet.id)).toEqual(derna.caseStudy.outlets.map((o) => o.id));
    for (const { terms } of outlets) {
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.length).toBeLessThanOrEqual(DEFAULT_DISTINCTIVE_LIMIT);
      expect(terms.every((t) => t.z > 0)).toBe(true);
      expect(terms.map((t) => t.z)).toEqual([...terms.map((t) => t.z)].sort((a, b) => b - a));
    }
  });

  it("reads only the body: the breadcrumb 'الواجهة الرئيسية' at the top of Qposts' page is never counted", () => {
    const qposts = getDistinctiveTerms(derna, { limit: Infinity, minCount: 1 }).find((o) => o.outlet.id === "qposts");
    // Counted with the chrome, the breadcrumb's first word would be there: normalized, الواجهه.
    expect(qposts?.terms.some((t) => t.term.includes(normalizeWords("الواجهة")))).toBe(false);
  });

  it("shows what a reader notices: Youm7's army, Libya24's armed forces, Al Jazeera's Islamic State, Qposts' hardliners", () => {
    const top = Object.fromEntries(getDistinctiveTerms(derna, { limit: 5 }).map((o) => [o.outlet.id, o.terms.map((t) => t.term)]));
    expect(top.youm7).toEqual(expect.arrayContaining(["الجيش", "الليبي", "قوات الجيش", "الجيش الليبي"]));
    expect(top.libya24).toEqual(expect.arrayContaining(["القوات المسلحه"]));
    expect(top.aljazeera).toEqual(expect.arrayContaining(["تنظيم الدوله", "قواته"]));
    expect(top.qposts?.[0]).toBe("المتشددين");
  });
});
