import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NuqsAdapter } from "nuqs/adapters/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CaseOverview } from "@/components/matrix/case-overview";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { getOverviewData } from "@/lib/comparison/overview-data";

const derna = getBundledCaseAnalysis("derna")!;

/** Derna with Youm7's article taken as English coverage: a case study that mixes languages. */
function mixed(): CaseAnalysis {
  const articles = derna.articles.map((a) => (a.article.outlet.id === "youm7" ? { ...a, article: { ...a.article, language: "en" as const } } : a));
  return { ...derna, articles, caseStudy: { ...derna.caseStudy, articles: articles.map((a) => a.article) } };
}

function renderOverview(of: CaseAnalysis, url = "/cases/derna", locale: "en" | "ar" = "en") {
  window.history.replaceState(null, "", url);
  return render(
    <NuqsAdapter>
      <CaseOverview data={getOverviewData(of, locale)} caseStudy={of.caseStudy} locale={locale} />
    </NuqsAdapter>,
  );
}

const matrixOutlets = () => within(screen.getAllByRole("table")[0]!).getAllByRole("columnheader").slice(1).map((th) => th.getAttribute("data-outlet") ?? th.textContent);

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(cleanup);

describe("the overview's language filter", () => {
  it("should not be offered for a case study in one language", () => {
    renderOverview(derna);
    expect(screen.queryByTestId("language-filter")).toBeNull();
  });

  it("should narrow the matrices to one language's outlets and write the choice in the URL", () => {
    renderOverview(mixed());
    const filter = screen.getByTestId("language-filter");
    expect(within(filter).getByText(`Every language (${derna.articles.length})`)).toBeInTheDocument();
    const everyOutlet = matrixOutlets();
    expect(everyOutlet).toHaveLength(4);
    act(() => fireEvent.click(screen.getByTestId("language-en")));
    expect(new URL(window.location.href).searchParams.get("language")).toBe("en");
    expect(matrixOutlets()).toHaveLength(1);
    expect(matrixOutlets()[0]).toMatch(/Youm7/);
    expect(screen.getByTestId("language-announcement")).toHaveTextContent("Counting the English articles only.");
    act(() => fireEvent.click(screen.getByTestId("language-all")));
    expect(new URL(window.location.href).searchParams.has("language")).toBe(false);
    expect(matrixOutlets()).toHaveLength(4);
  });

  it("should open on the language the URL names, in the Arabic interface too", () => {
    renderOverview(mixed(), "/cases/derna?language=ar", "ar");
    expect(screen.getByTestId("language-ar")).toBeChecked();
    expect(matrixOutlets()).toHaveLength(3);
    expect(within(screen.getByTestId("language-filter")).getByText("المقالات باللغة")).toBeInTheDocument();
  });
});
