import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsAdapter, enableHistorySync } from "nuqs/adapters/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildLargeCaseFile } from "@/bench/large-case";
import { CaseOverview, FIRST_ARTICLES } from "@/components/matrix/case-overview";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { importCaseStudy } from "@/lib/case-study/exchange";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { MAX_DIALOG_OCCURRENCES } from "@/lib/comparison/label-sentences";
import { findLabelDialog } from "@/lib/comparison/label-dialog";
import { labelKey } from "@/lib/comparison/occurrences";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { answerOccurrencesFrom, findLoadedDialog } from "./occurrences-route";

enableHistorySync();
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A stored-size case study: 60 articles recombined from the Derna paragraphs. */
function analyzeLargeCase() {
  const imported = importCaseStudy(JSON.parse(JSON.stringify(buildLargeCaseFile({ articles: 60, name: "Large" }))), "large.json");
  return analyzeCaseStudy({ id: "large-case", name: imported.name, description: imported.description, ...imported.content });
}

/** Every label key of an overview's actor matrix, as its chips carry them. */
function actorLabelKeys(of: CaseAnalysis): string[] {
  return getOverviewData(of, "en").actorRows.flatMap((row) => Object.entries(row.cells).flatMap(([outlet, uses]) => uses.map((use) => labelKey({ outlet, entry: use.entry, row: row.id }))));
}

describe("the overview of a large case study", () => {
  const analysis = analyzeLargeCase();

  it("should carry no label's facts or sentences in the page: each dialog asks for its own", () => {
    const data = getOverviewData(analysis, "en");
    expect(data).not.toHaveProperty("labels");
    expect(JSON.stringify(data)).not.toContain(analysis.articles[0]!.article.headline!);
  });

  it("should load a much-used label's facts and first sentences as its dialog opens, say how many there are, and link to all of them", async () => {
    const key = actorLabelKeys(analysis).find((k) => findLabelDialog(analysis, k, "en")!.total > MAX_DIALOG_OCCURRENCES)!;
    const { label } = findLabelDialog(analysis, key, "en")!;
    window.history.replaceState(null, "", `/cases/large-case?label=${encodeURIComponent(key)}`);
    const asked = answerOccurrencesFrom(analysis);
    render(
      <NuqsAdapter>
        <CaseOverview data={getOverviewData(analysis, "en")} caseStudy={analysis.caseStudy} locale="en" />
      </NuqsAdapter>,
    );
    const dialog = await findLoadedDialog();
    expect(within(screen.getByTestId("occurrences")).getAllByRole("listitem")).toHaveLength(MAX_DIALOG_OCCURRENCES);
    expect(asked).toEqual([`/api/cases/large-case/occurrences?${new URLSearchParams({ label: key, locale: "en" })}`]);
    expect(dialog).toHaveTextContent(`Uses:${label.count}`);
    expect(screen.getByTestId("occurrences-first-of")).toHaveTextContent(`The first ${MAX_DIALOG_OCCURRENCES} of ${label.total} sentences are listed here; the evidence table has every one.`);
    expect(within(dialog).getByRole("link", { name: "All in the evidence table" })).toHaveAttribute("href", label.tableHref);
  });

  it("should say why when the sentences cannot be loaded, and still link to the table", async () => {
    const key = actorLabelKeys(analysis)[0]!;
    vi.stubGlobal("fetch", async () => Response.json({ error: "the server is busy" }, { status: 503 }));
    window.history.replaceState(null, "", `/cases/large-case?label=${encodeURIComponent(key)}`);
    render(
      <NuqsAdapter>
        <CaseOverview data={getOverviewData(analysis, "en")} caseStudy={analysis.caseStudy} locale="en" />
      </NuqsAdapter>,
    );
    await act(async () => screen.findByRole("dialog"));
    // A large matrix renders slowly under jsdom: give the answer time to arrive and show.
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent("The sentences could not be loaded (the server is busy)");
    expect(within(screen.getByRole("dialog")).getByRole("link", { name: "All in the evidence table" })).toBeInTheDocument();
  });

  it("should load a small case study's dialogs on demand too: the Derna overview carries no sentence", () => {
    const derna = getBundledCaseAnalysis("derna")!;
    const [key] = actorLabelKeys(derna);
    const { occurrences } = findLabelDialog(derna, key!, "en")!;
    expect(occurrences.length).toBeGreaterThan(0);
    const { before, form, after } = occurrences[0]!;
    expect(JSON.stringify(getOverviewData(derna, "en"))).not.toContain(`${before}${form}${after}`);
  });

  it("should list its first articles and link to all of them, and list all when asked", () => {
    render(
      <NuqsAdapter>
        <CaseOverview data={getOverviewData(analysis, "en")} caseStudy={analysis.caseStudy} locale="en" />
      </NuqsAdapter>,
    );
    expect(screen.getAllByTestId("article-link")).toHaveLength(FIRST_ARTICLES);
    expect(screen.getByTestId("articles-first-of")).toHaveTextContent(`The first ${FIRST_ARTICLES} of 60, oldest first. All 60 articles →`);
    expect(screen.getByTestId("all-articles-link")).toHaveAttribute("href", "/cases/large-case?articles=all#about-title");
    cleanup();
    render(
      <NuqsAdapter>
        <CaseOverview data={getOverviewData(analysis, "en")} caseStudy={analysis.caseStudy} locale="en" allArticles />
      </NuqsAdapter>,
    );
    expect(screen.getAllByTestId("article-link")).toHaveLength(60);
    expect(screen.queryByTestId("all-articles-link")).toBeNull();
  });

  it("should work out its matrices and labels once per analysis and language, not once per render", () => {
    expect(getOverviewData(analysis, "en")).toBe(getOverviewData(analysis, "en"));
    expect(getOverviewData(analysis, "ar")).not.toBe(getOverviewData(analysis, "en"));
  });
});
