import { act, cleanup, render, screen, within } from "@testing-library/react";
import { NuqsAdapter, enableHistorySync } from "nuqs/adapters/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildLargeCaseFile } from "@/bench/large-case";
import { CaseOverview } from "@/components/matrix/case-overview";
import { MAX_DIALOG_OCCURRENCES } from "@/components/matrix/occurrence-labels";
import { getOverviewData } from "@/components/matrix/overview-data";
import { importCaseStudy } from "@/lib/case-study/exchange";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";

enableHistorySync();
afterEach(cleanup);

/** A stored-size case study: 60 articles recombined from the Derna paragraphs. */
function analyzeLargeCase() {
  const imported = importCaseStudy(JSON.parse(JSON.stringify(buildLargeCaseFile({ articles: 60, name: "Large" }))), "large.json");
  return analyzeCaseStudy({ id: "large-case", name: imported.name, description: imported.description, ...imported.content });
}

describe("the overview of a large case study", () => {
  const analysis = analyzeLargeCase();

  it("should list the first sentences of a much-used label, say how many there are, and link to all of them", async () => {
    const [key, label] = Object.entries(getOverviewData(analysis, "en").labels).find(([, l]) => l.total > MAX_DIALOG_OCCURRENCES)!;
    window.history.replaceState(null, "", `/cases/large-case?label=${encodeURIComponent(key)}`);
    render(
      <NuqsAdapter>
        <CaseOverview analysis={analysis} locale="en" />
      </NuqsAdapter>,
    );
    const dialog = await act(async () => screen.findByRole("dialog"));
    expect(within(screen.getByTestId("occurrences")).getAllByRole("listitem")).toHaveLength(MAX_DIALOG_OCCURRENCES);
    expect(dialog).toHaveTextContent(`Uses:${label.count}`);
    expect(screen.getByTestId("occurrences-first-of")).toHaveTextContent(`The first ${MAX_DIALOG_OCCURRENCES} of ${label.total} sentences are listed here; the evidence table has every one.`);
    expect(within(dialog).getByRole("link", { name: "All in the evidence table" })).toHaveAttribute("href", label.tableHref);
  });

  it("should work out its matrices and labels once per analysis and language, not once per render", () => {
    expect(getOverviewData(analysis, "en")).toBe(getOverviewData(analysis, "en"));
    expect(getOverviewData(analysis, "ar")).not.toBe(getOverviewData(analysis, "en"));
  });
});
