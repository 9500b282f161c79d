// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { buildEvidenceRows } from "@/lib/comparison/evidence";
import { getEvidenceTable, prepareEvidenceTable } from "@/lib/comparison/evidence-table";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { unpackRows } from "@/lib/comparison/packed-rows";

const analysis = getBundledCaseAnalysis("derna")!;
const labels = { noActor: "(no actor)", noStance: "(no stance)" };

/** Derna with Youm7's article taken as English coverage: a case study that mixes languages. */
function mixed(): CaseAnalysis {
  const articles = analysis.articles.map((a) => (a.article.outlet.id === "youm7" ? { ...a, article: { ...a.article, language: "en" as const } } : a));
  return { ...analysis, articles, caseStudy: { ...analysis.caseStudy, articles: articles.map((a) => a.article) } };
}

describe("prepareEvidenceTable", () => {
  it("should pass every mention and no article text", () => {
    const data = prepareEvidenceTable(analysis, "en", labels);
    expect(data.rows).toEqual(buildEvidenceRows(analysis));
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(data.rows).length * 1.25);
    expect(Object.values(data.articles).every((a) => !("text" in a))).toBe(true);
  });

  it("should name outlets, actors, categories and stances in the interface language", () => {
    const en = prepareEvidenceTable(analysis, "en", labels);
    const ar = prepareEvidenceTable(analysis, "ar", labels);
    expect(en.names.outlet.youm7).toBe("Youm7");
    expect(ar.names.outlet.youm7).toBe("اليوم السابع");
    expect(en.names.category.terrorism).toBe("Terrorism");
    expect(ar.names.category.terrorism).toBe("الإرهاب");
    expect(en.names.stance.delegitimizing).toBe("Delegitimizing");
    expect(ar.names.stance.delegitimizing).toBe("ينزع الشرعية");
    expect(en.articles["aljazeera-2018-02"]?.date).toBe("13 Feb 2018");
    expect(en.articles["aljazeera-2018-02"]?.rawFile).toMatch(/\.txt$/);
  });

  it("should offer every value of each facet with counts that add up to the rows", () => {
    const data = prepareEvidenceTable(analysis, "en", labels);
    for (const facet of ["outlet", "category", "actor", "stance"] as const) {
      expect(data.facets[facet].reduce((n, o) => n + o.count, 0), facet).toBe(data.rows.length);
    }
    expect(data.facets.actor.at(-1)).toMatchObject({ value: "none", label: "(no actor)" });
    expect(data.facets.category.every((o) => o.color?.startsWith("#"))).toBe(true);
  });

  it("should offer a language filter with one item only for a case study in one language", () => {
    const data = prepareEvidenceTable(analysis, "en", labels);
    expect(data.facets.language).toEqual([{ value: "ar", label: "Arabic", count: data.rows.length }]);
  });

  it("should offer Arabic and English, named in the interface language, for a case study that mixes them", () => {
    const en = prepareEvidenceTable(mixed(), "en", labels);
    const youm7 = en.rows.filter((r) => r.outlet === "youm7").length;
    expect(en.facets.language).toEqual([
      { value: "ar", label: "Arabic", count: en.rows.length - youm7 },
      { value: "en", label: "English", count: youm7 },
    ]);
    expect(prepareEvidenceTable(mixed(), "ar", labels).facets.language.map((o) => o.label)).toEqual(["العربية", "الإنجليزية"]);
  });
});

describe("getEvidenceTable", () => {
  const derna = analysis;

  it("should send the rows packed, unpacking to exactly the prepared rows", () => {
    const { data, wire } = getEvidenceTable(derna, "en", labels);
    expect(unpackRows(wire.rows)).toEqual(prepareEvidenceTable(derna, "en", labels).rows);
    expect(wire.facets).toBe(data.facets);
  });

  it("should prepare a case study's table once per language", () => {
    expect(getEvidenceTable(derna, "en", labels)).toBe(getEvidenceTable(derna, "en", labels));
    expect(getEvidenceTable(derna, "ar", labels).data.names.outlet).not.toEqual(getEvidenceTable(derna, "en", labels).data.names.outlet);
  });
});
