import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NumbersTable } from "@/components/charts/numbers-table";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { buildAttentionTable, buildCategoryTable, buildStanceTable } from "@/lib/charts/chart-tables";
import { attentionShares, categoryRates, stanceBars } from "@/lib/comparison/chart-data";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const analysis = getBundledCaseAnalysis("derna")!;

afterEach(cleanup);

/** The cell at a row (by its header's text) and a column (by the start of its header's text). */
function cell(rowHeader: string, columnHeader: string): HTMLElement {
  const table = document.querySelector("table")!;
  const columns = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
  const index = columns.findIndex((text) => text.startsWith(columnHeader));
  const row = [...table.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th")?.textContent === rowHeader);
  const found = row?.querySelectorAll("td")[index - 1];
  if (!found) throw new Error(`no cell at row "${rowHeader}", column "${columnHeader}"`);
  return found as HTMLElement;
}

describe("the framing-categories table", () => {
  const charts = buildCaseCharts(analysis, "en");

  it("should hold each outlet's rate per 1,000 body words and the mentions behind it", () => {
    render(<NumbersTable table={buildCategoryTable("derna", charts.category, "en")} />);
    expect(cell("State legitimacy", "Youm7")).toHaveTextContent("58.1 (31)");
    expect(cell("Terrorism", "Qposts")).toHaveTextContent("7.6 (3)");
    expect(cell("Foreign involvement", "Al Jazeera")).toHaveTextContent("9.8 (7)");
    expect(cell("Delegitimization", "Libya24")).toHaveTextContent("0 (0)");
    expect(cell("All framing terms", "Qposts")).toHaveTextContent("93.7 (37)");
    expect([...document.querySelectorAll("thead th")].find((th) => th.textContent?.startsWith("Al Jazeera"))).toHaveTextContent("713 words");
  });

  it("should agree with the comparison layer's numbers, cell by cell", () => {
    render(<NumbersTable table={buildCategoryTable("derna", charts.category, "en")} />);
    for (const row of categoryRates(analysis)) {
      const outlet = charts.outlets.find((o) => o.id === row.outlet)!;
      for (const category of charts.category.categories) {
        const { per1000, count } = row.rates[category.id]!;
        expect(cell(category.name, outlet.name)).toHaveTextContent(`${per1000 === 0 ? "0" : per1000.toFixed(1)} (${count})`);
      }
    }
  });

  it("should link every number to its mentions in the evidence table, and no zero", () => {
    render(<NumbersTable table={buildCategoryTable("derna", charts.category, "en")} />);
    expect(within(cell("State legitimacy", "Youm7")).getByRole("link")).toHaveAttribute("href", "/cases/derna/terms?outlet=youm7&category=state-legitimacy");
    expect(within(cell("All framing terms", "Youm7")).getByRole("link")).toHaveAttribute("href", "/cases/derna/terms?outlet=youm7");
    expect(within(cell("Delegitimization", "Libya24")).queryByRole("link")).toBeNull();
  });

  it("should keep the Arabic interface in its links and name things in Arabic", () => {
    const ar = buildCaseCharts(analysis, "ar");
    render(<NumbersTable table={buildCategoryTable("derna", ar.category, "ar")} />);
    const link = within(cell("شرعية الدولة", "اليوم السابع")).getByRole("link");
    expect(link).toHaveAttribute("href", "/cases/derna/terms?outlet=youm7&category=state-legitimacy&lang=ar");
  });
});

describe("the stance table", () => {
  it("should hold each outlet's labels for the chosen actor by stance, linked by stance", () => {
    const charts = buildCaseCharts(analysis, "en", "lna");
    render(<NumbersTable table={buildStanceTable("derna", charts.stance, "en")} />);
    expect(screen.getByRole("table")).toHaveAccessibleName(/Labels for Haftar-led forces/);
    expect(cell("Youm7", "+ Legitimizing")).toHaveTextContent("31");
    expect(cell("Al Jazeera", "− Delegitimizing")).toHaveTextContent("10");
    expect(cell("Qposts", "− Delegitimizing")).toHaveTextContent("4");
    expect(cell("Qposts", "Total")).toHaveTextContent("15");
    expect(within(cell("Al Jazeera", "− Delegitimizing")).getByRole("link")).toHaveAttribute(
      "href",
      "/cases/derna/terms?outlet=aljazeera&actor=lna&stance=delegitimizing",
    );
    expect(within(cell("Youm7", "− Delegitimizing")).queryByRole("link")).toBeNull();
  });

  it("should agree with the comparison layer for every actor", () => {
    for (const bar of stanceBars(analysis)) {
      const charts = buildCaseCharts(analysis, "en", bar.actor);
      const { unmount } = render(<NumbersTable table={buildStanceTable("derna", charts.stance, "en")} />);
      const outlet = charts.outlets.find((o) => o.id === bar.outlet)!.name;
      expect(cell(outlet, "+ Legitimizing")).toHaveTextContent(String(bar.legitimizing));
      expect(cell(outlet, "= Neutral")).toHaveTextContent(String(bar.neutral));
      expect(cell(outlet, "− Delegitimizing")).toHaveTextContent(String(-bar.delegitimizing));
      unmount();
    }
  });
});

describe("the attention table", () => {
  const charts = buildCaseCharts(analysis, "en");

  it("should hold each actor's share of the outlet's actor labels, and the totals", () => {
    render(<NumbersTable table={buildAttentionTable("derna", charts.attention, "en")} />);
    expect(cell("Haftar-led forces (Libyan National Army)", "Youm7")).toHaveTextContent("59.6% (31)");
    expect(cell("Egypt", "Al Jazeera")).toHaveTextContent("22.7% (5)");
    expect(cell("All actor labels", "Youm7")).toHaveTextContent("52");
    for (const row of attentionShares(analysis)) {
      expect(cell("All actor labels", charts.outlets.find((o) => o.id === row.outlet)!.name)).toHaveTextContent(String(row.total));
    }
  });

  it("should link a share to the outlet's labels for the actor, and a total to all its actor labels", () => {
    render(<NumbersTable table={buildAttentionTable("derna", charts.attention, "en")} />);
    expect(within(cell("Egypt", "Al Jazeera")).getByRole("link")).toHaveAttribute("href", "/cases/derna/terms?outlet=aljazeera&actor=egypt");
    const total = within(cell("All actor labels", "Qposts")).getByRole("link").getAttribute("href")!;
    expect(new URL(total, "http://x").searchParams.get("actor")?.split(",")).toEqual(charts.attention.actors.map((a) => a.id));
  });
});
