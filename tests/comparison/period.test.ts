// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { isInPeriod, narrowToPeriod, parsePeriod } from "@/lib/comparison/period";
import { getBundledCaseStudy } from "@/lib/case-study/load";

const analysis = analyzeCaseStudy(getBundledCaseStudy());

describe("a period in the URL", () => {
  it("reads a year, a month or a day at either end, and leaves an absent end open", () => {
    expect(parsePeriod({ from: "2018-05", to: "2018-06" })).toEqual({ period: { from: "2018-05", to: "2018-06" }, problem: null });
    expect(parsePeriod({ from: "2016" })).toEqual({ period: { from: "2016", to: null }, problem: null });
    expect(parsePeriod({ to: "2018-02-13" })).toEqual({ period: { from: null, to: "2018-02-13" }, problem: null });
    expect(parsePeriod({})).toEqual({ period: { from: null, to: null }, problem: null });
  });

  it("names a malformed end or a start after the end, and then narrows nothing", () => {
    expect(parsePeriod({ from: "2018-13" })).toEqual({ period: { from: null, to: null }, problem: { key: "from", value: "2018-13", reason: "format" } });
    expect(parsePeriod({ to: "May 2018" }).problem).toEqual({ key: "to", value: "May 2018", reason: "format" });
    expect(parsePeriod({ from: "2018-02-30" }).problem?.reason).toBe("format");
    expect(parsePeriod({ from: "2018-06", to: "2018-05" }).problem).toEqual({ key: "to", value: "2018-05", reason: "order" });
  });
});

describe("an article in a period", () => {
  it("belongs to it when the days its date can mean overlap the period's", () => {
    expect(isInPeriod({ date: "2018-05" }, { from: "2018-05-20", to: "2018-06" })).toBe(true);
    expect(isInPeriod({ date: "2018" }, { from: "2018-05", to: "2018-05" })).toBe(true);
    expect(isInPeriod({ date: "2018-02-13" }, { from: "2018-02-14", to: null })).toBe(false);
    expect(isInPeriod({ date: "2016-04" }, { from: null, to: "2016" })).toBe(true);
  });
});

describe("the Derna case narrowed to a period", () => {
  it("keeps the 2018 battle's articles in May–June 2018 and adds each outlet's counts up again", () => {
    const battle = narrowToPeriod(analysis, { from: "2018-05", to: "2018-06" });
    expect(battle.articles.map((a) => a.article.id)).toEqual(["qposts-2018-05", "libya24-2018-06", "youm7-2018-06"]);
    expect(battle.caseStudy.articles.map((a) => a.id)).toEqual(["qposts-2018-05", "libya24-2018-06", "youm7-2018-06"]);
    expect(battle.byOutlet.get("aljazeera")).toMatchObject({ words: 0, mentions: 0 });
    expect(battle.byOutlet.get("youm7")).toEqual(analysis.byOutlet.get("youm7"));
  });

  it("keeps Al Jazeera's 2016 article alone in 2016", () => {
    expect(narrowToPeriod(analysis, { from: "2016", to: "2016" }).articles.map((a) => a.article.id)).toEqual(["aljazeera-2016-04"]);
  });

  it("is the whole case, the same object, for no period", () => {
    expect(narrowToPeriod(analysis, { from: null, to: null })).toBe(analysis);
  });
});
