// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type EvidenceFilters, NO_FILTERS, evidenceTablePath, formatEvidenceFilters, parseEvidenceFilters } from "@/lib/comparison/evidence-url";

const filters = (partial: Partial<EvidenceFilters>): EvidenceFilters => ({ ...NO_FILTERS, ...partial });
const roundTripUrl = (query: string) => formatEvidenceFilters(parseEvidenceFilters(new URLSearchParams(query)));

describe("the evidence table's URL", () => {
  it("gives the bare table when no filter is set, defaults left out", () => {
    expect(evidenceTablePath("derna", {})).toBe("/cases/derna/terms");
    expect(evidenceTablePath("derna", NO_FILTERS)).toBe("/cases/derna/terms");
    expect(evidenceTablePath("derna", { outlet: [], q: "", hideChrome: false })).toBe("/cases/derna/terms");
  });

  it("writes the filters in one fixed order, several values of a filter comma-separated", () => {
    expect(evidenceTablePath("derna", { outlet: ["youm7"], entry: ["storming"], article: ["a-1", "b-2"], q: "" })).toBe(
      "/cases/derna/terms?entry=storming&outlet=youm7&article=a-1,b-2",
    );
    expect(evidenceTablePath("derna", { stance: ["neutral"], actor: ["lna"], outlet: ["qposts"] })).toBe("/cases/derna/terms?outlet=qposts&actor=lna&stance=neutral");
    expect(evidenceTablePath("derna", { category: ["terrorism"], outlet: ["youm7"] })).toBe("/cases/derna/terms?outlet=youm7&category=terrorism");
    expect(evidenceTablePath("derna", { outlet: ["qposts"], actor: ["lna", "dmsc"] })).toBe("/cases/derna/terms?outlet=qposts&actor=lna,dmsc");
  });

  it("writes the language under the overview's key, after the other filters", () => {
    expect(evidenceTablePath("derna", { language: ["en"], outlet: ["aljazeera"], voice: ["outlet"] })).toBe("/cases/derna/terms?outlet=aljazeera&voice=outlet&language=en");
  });

  it("puts the search and the hidden chrome last", () => {
    expect(evidenceTablePath("derna", { hideChrome: true, q: "army", entry: ["lna"] })).toBe("/cases/derna/terms?entry=lna&q=army&chrome=hide");
  });

  it("reads back every filter it writes, Arabic text and several values included", () => {
    const views: EvidenceFilters[] = [
      NO_FILTERS,
      filters({ outlet: ["youm7", "qposts"], category: ["terrorism", "extremism"] }),
      filters({ actor: ["lna", "none"], stance: ["delegitimizing", "none"], article: ["youm7-2018-06"] }),
      filters({ entry: ["lna-libyan-army"], form: ["الجيش الليبى", "الجيش الوطني"], q: "الجيش الليبي", hideChrome: true }),
      filters({ q: "the army & 50% + more?" }),
      filters({ outlet: ["aljazeera"], language: ["en"], voice: ["outlet"] }),
    ];
    for (const view of views) expect(parseEvidenceFilters(new URLSearchParams(formatEvidenceFilters(view)))).toEqual(view);
  });

  it("writes a canonical URL back exactly as it read it", () => {
    const canonical = [
      "",
      "entry=storming&outlet=youm7&article=a-1,b-2",
      "outlet=youm7,qposts,libya24&actor=lna,dmsc&stance=neutral,none&category=terrorism",
      `form=${encodeURIComponent("الجيش").replaceAll("%20", "+")}+${encodeURIComponent("الليبى")}&q=${encodeURIComponent("الجيش")}&chrome=hide`,
    ];
    for (const query of canonical) expect(roundTripUrl(query)).toBe(query);
  });

  it("reads Next's searchParams object, a key given twice adding its values", () => {
    expect(parseEvidenceFilters({ outlet: ["youm7", "qposts,libya24"], q: "army", chrome: "hide", sort: "date.desc" })).toEqual(
      filters({ outlet: ["youm7", "qposts", "libya24"], q: "army", hideChrome: true }),
    );
  });

  it("drops empty values and ignores a chrome value it does not know", () => {
    expect(parseEvidenceFilters(new URLSearchParams("outlet=,youm7,&chrome=show"))).toEqual(filters({ outlet: ["youm7"] }));
  });
});
