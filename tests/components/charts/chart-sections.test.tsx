import { cleanup, render, screen, within } from "@testing-library/react";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AttentionSection } from "@/components/charts/attention-section";
import { CategoryRatesSection } from "@/components/charts/category-rates-section";
import { ChartsIntro } from "@/components/charts/charts-intro";
import { StanceSection } from "@/components/charts/stance-section";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

const analysis = getBundledCaseAnalysis("derna")!;
const withUrl = (children: ReactNode, search = "") => <NuqsTestingAdapter searchParams={search}>{children}</NuqsTestingAdapter>;

afterEach(cleanup);

describe("the charts page's introduction", () => {
  it("should say what was counted in its how-to-read box", () => {
    render(<ChartsIntro locale="en" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Charts: how each outlet frames the story");
    const box = screen.getByTestId("how-to-read");
    expect(box).toHaveTextContent("How to read this");
    expect(box).toHaveTextContent("Page chrome");
    expect(box).toHaveTextContent("per 1,000 body words");
  });
});

describe("the framing-categories section", () => {
  const charts = buildCaseCharts(analysis, "en");

  it("should render its title, what was counted, the articles, the legend and the downloads", () => {
    render(withUrl(<CategoryRatesSection charts={charts} locale="en" />));
    const section = screen.getByRole("region", { name: "Framing categories per 1,000 body words" });
    expect(within(section).getByTestId("chart-caption")).toHaveTextContent(/divided by the outlet’s body words and multiplied by 1,000\. Page chrome is excluded/);
    expect(section).toHaveTextContent(/Articles counted:.*Al Jazeera.*Apr 2016 \(approx\.\).*13 Feb 2018.*713 body words/);
    expect(within(section).getByRole("link", { name: "13 Feb 2018" })).toHaveAttribute("href", "/cases/derna/articles/aljazeera-2018-02");
    const legend = within(section).getByRole("list", { name: "Legend" });
    expect(within(legend).getAllByRole("listitem").map((li) => li.textContent)).toEqual(charts.category.categories.map((c) => c.name));
    expect(within(section).getByRole("button", { name: "Download the chart “Framing categories per 1,000 body words” as a PNG image" })).toBeInTheDocument();
    expect(within(section).getByRole("button", { name: /as a CSV file$/ })).toBeInTheDocument();
    expect(within(section).getByRole("img", { name: /^Chart: Framing categories per 1,000 body words\./ })).toBeInTheDocument();
    expect(within(section).getByText("Show the numbers")).toBeInTheDocument();
    expect(within(section).getByRole("table")).toHaveAccessibleName(/Framing categories per 1,000 body words, per outlet/);
  });

  it("should be in Arabic for the Arabic interface", () => {
    render(withUrl(<CategoryRatesSection charts={buildCaseCharts(analysis, "ar")} locale="ar" />));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("فئات التأطير لكل 1,000 كلمة من المتن");
    expect(screen.getByTestId("chart-caption")).toHaveTextContent("عناصر الصفحة مستبعدة");
    expect(screen.getByRole("button", { name: /صورة PNG$/ })).toHaveTextContent("صورة PNG");
  });
});

describe("the stance section", () => {
  it("should name the chosen actor in its title and caption, and offer every labelled actor", () => {
    const charts = buildCaseCharts(analysis, "en", "dmsc");
    render(withUrl(<StanceSection charts={charts} locale="en" />, "?actor=dmsc"));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Labels for Derna Mujahideen Shura Council, by stance");
    expect(screen.getByTestId("chart-caption")).toHaveTextContent("name Derna Mujahideen Shura Council with a label from the lexicon");
    const picker = screen.getByRole("combobox", { name: "Actor" });
    expect(picker).toHaveValue("dmsc");
    expect(within(picker).getAllByRole("option").map((o) => o.getAttribute("value"))).toEqual(charts.stance.actors.map((a) => a.id));
    expect(within(picker).getByRole("option", { name: "Haftar-led forces (Libyan National Army) (65 labels)" })).toBeInTheDocument();
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(within(legend).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["− Delegitimizing", "= Neutral", "+ Legitimizing"]);
  });

  it("should fall back to the first labelled actor for an unknown one", () => {
    render(withUrl(<StanceSection charts={buildCaseCharts(analysis, "en", "nobody")} locale="en" />, "?actor=nobody"));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Labels for Haftar-led forces (Libyan National Army), by stance");
    expect(screen.getByRole("combobox", { name: "Actor" })).toHaveValue("lna");
  });
});

describe("the attention section", () => {
  it("should render its title, caption and a legend of the actors named", () => {
    const charts = buildCaseCharts(analysis, "en");
    render(withUrl(<AttentionSection charts={charts} locale="en" />));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Share of attention per actor");
    expect(screen.getByTestId("chart-caption")).toHaveTextContent("each segment is one actor’s share of them, in percent");
    const legend = screen.getByRole("list", { name: "Legend" });
    // Seven actors carry a framing label; the UAE is only ever named (أبو ظبي), so it has no segment.
    expect(within(legend).getAllByRole("listitem")).toHaveLength(7);
    expect(legend).toHaveTextContent("Egypt");
    expect(legend).not.toHaveTextContent("United Arab Emirates");
  });
});
