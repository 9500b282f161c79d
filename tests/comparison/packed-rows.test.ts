// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildEvidenceRows } from "@/lib/comparison/evidence";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { packRows, unpackRows } from "@/lib/comparison/packed-rows";

describe("packRows", () => {
  it("should pack no rows into no columns, and give no rows back", () => {
    const packed = packRows<{ a: string }>([]);
    expect(packed).toEqual({ count: 0, columns: {} });
    expect(unpackRows(packed)).toEqual([]);
  });

  it("should send a column of few distinct values once each, and the others as they are", () => {
    const rows = [
      { outlet: "youm7", start: 5, stance: null, quoted: false },
      { outlet: "youm7", start: 9, stance: "neutral", quoted: false },
      { outlet: "qposts", start: 14, stance: null, quoted: true },
      { outlet: "youm7", start: 20, stance: null, quoted: false },
    ];
    const packed = packRows(rows);
    expect(packed.columns.outlet).toEqual({ distinct: ["youm7", "qposts"], at: [0, 0, 1, 0] });
    expect(packed.columns.stance).toEqual({ distinct: [null, "neutral"], at: [0, 1, 0, 0] });
    expect(packed.columns.quoted).toEqual({ distinct: [false, true], at: [0, 0, 1, 0] });
    expect(packed.columns.start).toEqual({ values: [5, 9, 14, 20] });
    expect(unpackRows(packed)).toEqual(rows);
  });

  it("should give back every evidence row of Derna equal and in order, in well under three quarters of the JSON", () => {
    const rows = buildEvidenceRows(getBundledCaseAnalysis("derna")!);
    const packed = packRows(rows);
    expect(unpackRows(packed)).toEqual(rows);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(rows).length * 0.7);
  });
});
