// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { narrowToPeriod } from "@/lib/comparison/period";
import { buildTimeline } from "@/lib/comparison/timeline";
import { getBundledCaseStudy } from "@/lib/case-study/load";

const analysis = analyzeCaseStudy(getBundledCaseStudy());

describe("the Derna timeline", () => {
  const timeline = buildTimeline(analysis, "dmsc");

  it("shows the 2016 and 2018 coverage apart, month by month, the empty months between folded into one gap", () => {
    expect(timeline.step).toBe("month");
    expect(timeline.columns.map((c) => (c.kind === "gap" ? `gap ${c.length}` : c.key))).toEqual([
      "2016-04",
      "gap 21",
      "2018-02",
      "2018-03",
      "2018-04",
      "2018-05",
      "2018-06",
    ]);
  });

  it("shows Libya24 naming the Shura Council داعش in June 2018, a plain name by its referent", () => {
    const libya24 = timeline.outlets.find((o) => o.outlet === "libya24");
    const daesh = libya24?.labels.find((l) => l.form.includes("داعش"));
    expect(daesh).toMatchObject({ category: null });
    expect(daesh?.points.map((p) => p.column)).toEqual(["2018-06"]);
  });

  it("marks the points of articles dated only to the month as approximate, and counts those articles", () => {
    expect(timeline.approximateArticles).toBe(4);
    const aljazeera = timeline.outlets.find((o) => o.outlet === "aljazeera");
    const points = aljazeera?.labels.flatMap((l) => l.points) ?? [];
    expect(points.filter((p) => p.column === "2018-02").every((p) => !p.approximate)).toBe(true);
    expect(points.filter((p) => p.column === "2016-04").every((p) => p.approximate)).toBe(true);
  });

  it("counts body mentions only, each label's points adding up to its total", () => {
    for (const outlet of timeline.outlets) {
      for (const label of outlet.labels) expect(label.points.reduce((n, p) => n + p.count, 0)).toBe(label.total);
    }
  });
});

describe("a timeline of a short period", () => {
  it("goes week by week, and marks month-dated articles as approximate in their month's first week", () => {
    const battle = buildTimeline(narrowToPeriod(analysis, { from: "2018-05", to: "2018-06" }), "lna");
    expect(battle.step).toBe("week");
    const keys = battle.columns.filter((c) => c.kind === "time").map((c) => (c.kind === "time" ? c.key : ""));
    // 1 May 2018 was a Tuesday: its week starts on Monday 30 April; 1 June 2018, a Friday: Monday 28 May.
    expect(keys[0]).toBe("2018-04-30");
    expect(keys.at(-1)).toBe("2018-05-28");
    expect(battle.outlets.flatMap((o) => o.labels.flatMap((l) => l.points)).every((p) => p.approximate)).toBe(true);
  });

  it("has no columns when no article falls in the period", () => {
    expect(buildTimeline(narrowToPeriod(analysis, { from: "2017", to: "2017" }), "lna").columns).toEqual([]);
  });
});
