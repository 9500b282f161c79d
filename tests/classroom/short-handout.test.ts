// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getShortHandoutView, keyContrastAsMatrix, SHORT_HANDOUT_ACTORS, SHORT_HANDOUT_LABELS_PER_CELL } from "@/lib/classroom/short-handout";
import { getOverviewData } from "@/lib/comparison/overview-data";

const analysis = analyzeCaseStudy(getBundledCaseStudy());
const view = getShortHandoutView(analysis);

describe("the short handout of the Derna case study", () => {
  it("should print the overview's key contrast", () => {
    expect(view.keyContrast).toEqual(getOverviewData(analysis, "en").keyContrast);
  });

  it("should print the most framed actors, Haftar's forces and the Shura Council among them, in the case study's order", () => {
    const ids = view.actorRows.map((row) => row.id);
    expect(ids.length).toBeLessThanOrEqual(SHORT_HANDOUT_ACTORS);
    expect(ids).toEqual(expect.arrayContaining(["lna", "dmsc"]));
    const order = analysis.caseStudy.actors.map((actor) => actor.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it("should cut each cell to its most used framing labels and leave plain names out", () => {
    for (const row of view.actorRows)
      for (const uses of Object.values(row.cells)) {
        expect(uses.length).toBeLessThanOrEqual(SHORT_HANDOUT_LABELS_PER_CELL);
        for (const use of uses) expect(use.category).not.toBeNull();
      }
    const lnaAtYoum7 = view.actorRows.find((row) => row.id === "lna")!.cells.youm7!;
    expect(lnaAtYoum7.map((use) => use.count)).toEqual([...lnaAtYoum7.map((use) => use.count)].sort((a, b) => b - a));
  });

  it("should gloss exactly the terms it prints", () => {
    const printed = new Set([...keyContrastAsMatrix(view.keyContrast), ...view.actorRows].flatMap((row) => Object.values(row.cells).flatMap((uses) => uses.map((use) => use.entry))));
    expect(new Set(view.glossary.map((g) => g.entry.id))).toEqual(printed);
  });

  it("should print an outlet with no framing label for a contested actor as an empty cell", () => {
    const dmsc = keyContrastAsMatrix(view.keyContrast).find((row) => row.id === "dmsc");
    expect(dmsc?.cells.aljazeera).toEqual([]);
  });
});
