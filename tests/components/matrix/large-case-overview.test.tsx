import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsAdapter, enableHistorySync } from "nuqs/adapters/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildLargeCaseFile } from "@/bench/large-case";
import { CaseOverview } from "@/components/matrix/case-overview";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { importCaseStudy } from "@/lib/case-study/exchange";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { MAX_DIALOG_OCCURRENCES, findLabelSentences } from "@/lib/comparison/label-sentences";

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

describe("the overview of a large case study", () => {
  const analysis = analyzeLargeCase();

  it("should carry no sentences in the page, and say so by leaving every label's sentences to load", () => {
    const labels = Object.values(getOverviewData(analysis, "en").labels);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => label.occurrences === null)).toBe(true);
  });

  it("should load a much-used label's first sentences as its dialog opens, say how many there are, and link to all of them", async () => {
    const [key, label] = Object.entries(getOverviewData(analysis, "en").labels).find(([, l]) => l.total > MAX_DIALOG_OCCURRENCES)!;
    // The network, answered from the same analysis as the route handler would (the e2e tests ask the real route).
    const asked: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      asked.push(url);
      const query = new URL(url, "http://localhost").searchParams;
      return Response.json(findLabelSentences(analysis, query.get("kind") as "actor" | "event", query.get("label")!, MAX_DIALOG_OCCURRENCES));
    });
    window.history.replaceState(null, "", `/cases/large-case?label=${encodeURIComponent(key)}`);
    render(
      <NuqsAdapter>
        <CaseOverview data={getOverviewData(analysis, "en")} caseStudy={analysis.caseStudy} locale="en" />
      </NuqsAdapter>,
    );
    const dialog = await act(async () => screen.findByRole("dialog"));
    await waitFor(() => expect(within(screen.getByTestId("occurrences")).getAllByRole("listitem")).toHaveLength(MAX_DIALOG_OCCURRENCES), { timeout: 5000 });
    expect(asked).toEqual([`/api/cases/large-case/occurrences?kind=${label.kind}&label=${encodeURIComponent(key)}`]);
    expect(dialog).toHaveTextContent(`Uses:${label.count}`);
    expect(screen.getByTestId("occurrences-first-of")).toHaveTextContent(`The first ${MAX_DIALOG_OCCURRENCES} of ${label.total} sentences are listed here; the evidence table has every one.`);
    expect(within(dialog).getByRole("link", { name: "All in the evidence table" })).toHaveAttribute("href", label.tableHref);
  });

  it("should say why when the sentences cannot be loaded, and still link to the table", async () => {
    const [key] = Object.entries(getOverviewData(analysis, "en").labels)[0]!;
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

  it("should leave a small case study's sentences in the page, so its dialogs open without asking anyone", () => {
    const derna = Object.values(getOverviewData(getBundledCaseAnalysis("derna")!, "en").labels);
    expect(derna.every((label) => label.occurrences !== null && label.occurrences.length === Math.min(label.total, MAX_DIALOG_OCCURRENCES))).toBe(true);
  });

  it("should work out its matrices and labels once per analysis and language, not once per render", () => {
    expect(getOverviewData(analysis, "en")).toBe(getOverviewData(analysis, "en"));
    expect(getOverviewData(analysis, "ar")).not.toBe(getOverviewData(analysis, "en"));
  });
});
