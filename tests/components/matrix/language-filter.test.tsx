import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NuqsAdapter } from "nuqs/adapters/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaseOverview } from "@/components/matrix/case-overview";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { answerOccurrencesFrom, findLoadedDialog } from "./occurrences-route";
import { findLabelDialog } from "@/lib/comparison/label-dialog";
import { labelKey } from "@/lib/comparison/occurrences";

const derna = getBundledCaseAnalysis("derna")!;

/** Derna with Youm7's article taken as English coverage: a case study that mixes languages. */
function mixed(): CaseAnalysis {
  const articles = derna.articles.map((a) => (a.article.outlet.id === "youm7" ? { ...a, article: { ...a.article, language: "en" as const } } : a));
  return { ...derna, articles, caseStudy: { ...derna.caseStudy, articles: articles.map((a) => a.article) } };
}

/** Derna with Al Jazeera's 2016 article taken as English coverage: one outlet in both languages. */
function aljazeeraInBoth(): CaseAnalysis {
  const articles = derna.articles.map((a) => (a.article.id === "aljazeera-2016-04" ? { ...a, article: { ...a.article, language: "en" as const } } : a));
  return { ...derna, articles, caseStudy: { ...derna.caseStudy, articles: articles.map((a) => a.article) } };
}

function renderOverview(of: CaseAnalysis, url = "/cases/derna", locale: "en" | "ar" = "en") {
  window.history.replaceState(null, "", url);
  answerOccurrencesFrom(of);
  return render(
    <NuqsAdapter>
      <CaseOverview data={getOverviewData(of, locale)} caseStudy={of.caseStudy} locale={locale} />
    </NuqsAdapter>,
  );
}

const matrixOutlets = () => within(screen.getAllByRole("table")[0]!).getAllByRole("columnheader").slice(1).map((th) => th.getAttribute("data-outlet") ?? th.textContent);

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

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

  it("should list in a label's dialog only the sentences of the language the filter counts", async () => {
    const both = aljazeeraInBoth();
    // A label Al Jazeera used in both its articles: the Arabic view counts the 2018 one alone.
    const keys = getOverviewData(both, "en").actorRows.flatMap((row) => (row.cells.aljazeera ?? []).map((use) => labelKey({ outlet: "aljazeera", entry: use.entry, row: row.id })));
    const key = keys.find((k) => {
      const arabic = findLabelDialog(both, k, "en", { language: "ar" });
      return arabic !== undefined && arabic.total < findLabelDialog(both, k, "en")!.total;
    })!;
    const arabic = findLabelDialog(both, key, "en", { language: "ar" })!;
    window.history.replaceState(null, "", `/cases/derna?language=ar&label=${key}`);
    const asked = answerOccurrencesFrom(both);
    render(
      <NuqsAdapter>
        <CaseOverview data={getOverviewData(both, "en")} caseStudy={both.caseStudy} locale="en" />
      </NuqsAdapter>,
    );
    const dialog = await findLoadedDialog();
    expect(new URL(asked[0]!, "http://localhost").searchParams.get("language")).toBe("ar");
    expect(dialog).toHaveTextContent(`Uses:${arabic.label.count}`);
    const links = within(dialog).getAllByRole("link", { name: "Open in the article" });
    expect(links).toHaveLength(Math.min(arabic.total, 10));
    expect(links.every((link) => link.getAttribute("href")!.startsWith("/cases/derna/articles/aljazeera-2018-02#"))).toBe(true);
  });
});
