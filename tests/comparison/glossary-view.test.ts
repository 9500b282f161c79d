// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { getGlossaryView } from "@/lib/comparison/glossary-view";

const analysis = getBundledCaseAnalysis("derna")!;

describe("getGlossaryView", () => {
  it("should keep every entry when there is no search, and say how many there are", () => {
    const view = getGlossaryView(analysis, undefined, "en");
    expect(view.query).toBe("");
    expect(view.entries).toHaveLength(analysis.caseStudy.lexicon.length);
    expect(view.total).toBe(analysis.caseStudy.lexicon.length);
  });

  it("should read the first of repeated ?q= values and still hand over every entry, for the page to filter as the reader types", () => {
    const view = getGlossaryView(analysis, ["siege", "ignored"], "en");
    expect(view.query).toBe("siege");
    expect(view.entries).toHaveLength(view.total);
  });

  it("should name outlets, actors and categories in the interface language", () => {
    const en = getGlossaryView(analysis, "", "en");
    const ar = getGlossaryView(analysis, "", "ar");
    expect(en.names.categories.terrorism).toBe("Terrorism");
    expect(ar.names.categories.terrorism).not.toBe("Terrorism");
    expect(ar.names.outlets).toHaveLength(analysis.caseStudy.outlets.length);
    expect(en.paths.glossary).toBe("/cases/derna/glossary");
  });
});
