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
