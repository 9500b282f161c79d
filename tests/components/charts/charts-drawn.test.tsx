import { cleanup, render } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AttentionChart } from "@/components/charts/attention-chart";
import { CategoryRatesChart } from "@/components/charts/category-rates-chart";
import { StanceChart } from "@/components/charts/stance-chart";
import { anchorAt, niceAxis } from "@/components/charts/chart-parts";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

const analysis = getBundledCaseAnalysis("derna")!;
const outletsOf = (charts: ReturnType<typeof buildCaseCharts>, detail: (id: string) => string) =>
  charts.outlets.map((o) => ({ id: o.id, name: o.name, detail: detail(o.id) }));
const texts = (container: HTMLElement) => [...container.querySelectorAll("svg text")].map((t) => t.textContent);

// jsdom lays nothing out: give every box the width of a wide screen's chart.
const original = HTMLElement.prototype.getBoundingClientRect;
beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = () => ({ width: 1100, height: 400, top: 0, left: 0, right: 1100, bottom: 400, x: 0, y: 0, toJSON: () => ({}) });
});
afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = original;
});
afterEach(cleanup);

describe("CategoryRatesChart", () => {
  it("should draw one chart per outlet on one scale, with the category names once and every value", () => {
    const charts = buildCaseCharts(analysis, "en");
    const { container } = render(
      <CategoryRatesChart
        id="c"
        outlets={outletsOf(charts, () => "")}
        categories={charts.category.categories}
        values={charts.category.values}
        hrefs={{}}
        direction="ltr"
        labels={{ axis: "per 1,000 words", column: "Framing category", tooltip: "{rate} ({count})", tooltipOne: "{rate} (1)" }}
      />,
    );
    expect(container.querySelectorAll("svg.recharts-surface")).toHaveLength(4);
    const all = texts(container);
    expect(all.filter((t) => t === "State legitimacy")).toHaveLength(1);
    expect(all.filter((t) => t === "per 1,000 words")).toHaveLength(4);
    expect(all).toEqual(expect.arrayContaining(["58.1", "28.1", "9.8", "60"]));
  });
});

describe("StanceChart", () => {
  it("should draw each segment's sign and count, and say so where an outlet never names the actor", () => {
    const charts = buildCaseCharts(analysis, "en", "haftar");
    const { container } = render(
      <StanceChart
        id="s"
        outlets={outletsOf(charts, () => "")}
        rows={charts.stance.rows}
        stances={charts.stance.stances}
        hrefs={{}}
        direction="ltr"
        labels={{ axis: "Number of labels", delegitimizing: "delegitimizing", legitimizing: "legitimizing", notNamed: "never named" }}
      />,
    );
    const all = texts(container);
    // Haftar: Qposts + 3, Libya24 + 2, Youm7 none, Al Jazeera − 2. His bare name is a plain name,
    // counted in no stance, so no outlet has a neutral segment any more.
    expect(all).toEqual(expect.arrayContaining(["+ 3", "+ 2", "− 2", "never named", "← delegitimizing", "legitimizing →", "Number of labels"]));
    expect(all).not.toContain("= 2");
    expect(container.querySelectorAll("pattern")).toHaveLength(2);
  });

  it("should mirror in Arabic: legitimizing to the left, the words at the ends swapped", () => {
    const charts = buildCaseCharts(analysis, "ar", "lna");
    const { container } = render(
      <StanceChart
        id="s"
        outlets={outletsOf(charts, () => "")}
        rows={charts.stance.rows}
        stances={charts.stance.stances}
        hrefs={{}}
        direction="rtl"
        labels={{ axis: "عدد التسميات", delegitimizing: "ينزع الشرعية", legitimizing: "يضفي الشرعية", notNamed: "لم يُسمَّ" }}
      />,
    );
    const left = [...container.querySelectorAll("text")].find((t) => t.textContent === "يضفي الشرعية ←");
    expect(left).toHaveAttribute("direction", "rtl");
    expect(texts(container)).toContain("→ ينزع الشرعية");
  });
});

describe("AttentionChart", () => {
  it("should label the segments wide enough with the actor's short name and share", () => {
    const charts = buildCaseCharts(analysis, "en");
    const { container } = render(
      <AttentionChart
        id="a"
        outlets={outletsOf(charts, () => "")}
        actors={charts.attention.actors}
        rows={charts.attention.rows}
        hrefs={{}}
        direction="ltr"
        labels={{ axis: "Share of the outlet’s actor labels (%)", tooltip: "{percent}%" }}
      />,
    );
    expect(texts(container)).toEqual(expect.arrayContaining(["LNA 59.6%", "Egypt 22.7%", "0%", "100%"]));
  });
});

describe("niceAxis", () => {
  it("should end at the first round tick at or above the largest value", () => {
    expect(niceAxis(58.1)).toEqual({ end: 60, ticks: [0, 20, 40, 60] });
    expect(niceAxis(31, 5, true)).toEqual({ end: 40, ticks: [0, 10, 20, 30, 40] });
  });

  it("should keep ticks whole for counts, and give an empty chart a unit axis", () => {
    expect(niceAxis(3, 4, true).ticks).toEqual([0, 1, 2, 3]);
    expect(niceAxis(0, 4, true)).toEqual({ end: 1, ticks: [0, 1] });
  });
});

describe("anchorAt", () => {
  it("should swap start and end for text laid out right to left", () => {
    expect(anchorAt("left", "ltr")).toBe("start");
    expect(anchorAt("left", "rtl")).toBe("end");
    expect(anchorAt("right", "rtl")).toBe("start");
    expect(anchorAt("middle", "rtl")).toBe("middle");
  });
});
