// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildSummary } from "@/lib/classroom/summary";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { TINY_CASE } from "./tiny-case";

const derna = getBundledCaseAnalysis("derna")!;
const cellOf = (summary: ReturnType<typeof buildSummary>, row: string, outlet: string) =>
  summary!.rows.find((r) => `${r.kind}-${r.id}` === row)!.cells.find((c) => c.outlet === outlet)!;

describe("the summary slide", () => {
  it("gives each outlet's most used framing label per actor and per event, worked out by hand on the tiny case", () => {
    const summary = buildSummary(analyzeCaseStudy(TINY_CASE))!;
    expect(summary.id).toBe("summary");
    expect(summary.rows.map((r) => `${r.kind}-${r.id}`)).toEqual(["actor-army", "actor-rebels", "event-battle"]);
    expect(cellOf(summary, "actor-army", "east").label).toMatchObject({ entry: "army-national", stance: "legitimizing", count: 2 });
    expect(cellOf(summary, "actor-army", "west").label).toMatchObject({ entry: "army-haftar", stance: "delegitimizing" });
    expect(cellOf(summary, "event-battle", "west").label).toMatchObject({ entry: "storming", category: "assault" });
  });

  it("keeps only the actors and events that at least two outlets frame", () => {
    const summary = buildSummary(derna)!;
    expect(summary.rows.map((r) => `${r.kind}-${r.id}`)).toEqual(["actor-lna", "actor-haftar", "actor-dmsc", "actor-civilians", "event-assault-2018"]);
    for (const row of summary.rows) expect(row.cells.filter((c) => c.label !== null).length).toBeGreaterThanOrEqual(2);
  });

  it("never lets a plain name stand for an outlet's framing", () => {
    const summary = buildSummary(derna)!;
    // Qposts names Haftar plainly as often as by his rank: the rank is the framing label.
    expect(cellOf(summary, "actor-haftar", "qposts").label).toMatchObject({ gloss: expect.stringMatching(/Field Marshal/), category: "state-legitimacy" });
    // Al Jazeera names the Shura Council by its own name only: named, but no framing label.
    expect(cellOf(summary, "actor-dmsc", "aljazeera")).toMatchObject({ label: null, named: true });
    expect(cellOf(summary, "actor-haftar", "youm7")).toMatchObject({ label: null, named: false });
    for (const cell of summary.rows.flatMap((r) => r.cells)) expect(cell.label?.category ?? "framing").not.toBeNull();
  });

  it("counts a label for the actor it refers to, as the matrix does", () => {
    const summary = buildSummary(derna)!;
    expect(cellOf(summary, "actor-lna", "aljazeera").label).toMatchObject({ gloss: "Haftar's forces", stance: "delegitimizing" });
    expect(cellOf(summary, "actor-lna", "youm7").label).toMatchObject({ gloss: "the Libyan army", stance: "legitimizing" });
  });

  it("gives no summary when no actor or event is framed by two outlets", () => {
    const lexicon = TINY_CASE.lexicon.map((e) => ({ ...e, category: null }));
    expect(buildSummary(analyzeCaseStudy({ ...TINY_CASE, lexicon }))).toBeNull();
  });
});
