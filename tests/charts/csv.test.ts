// @vitest-environment node
import { describe, expect, it } from "vitest";
import { attentionCsv, categoryCsv, stanceCsv } from "@/lib/charts/chart-csv";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { toCsv } from "@/lib/charts/csv";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const analysis = getBundledCaseAnalysis("derna")!;
const lines = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").slice(0, -1);

describe("toCsv", () => {
  it("should start with a UTF-8 byte-order mark and end every line with CRLF", () => {
    const csv = toCsv(["a", "b"], [[1, 2]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFa,b\r\n1,2\r\n");
  });

  it("should write a header alone for no rows", () => {
    expect(toCsv(["outlet"], [])).toBe("\uFEFFoutlet\r\n");
  });

  it("should quote fields with commas, quotes, line breaks or edge spaces, doubling quotes", () => {
    const csv = toCsv(["text"], [["a,b"], ['say "hi"'], ["two\nlines"], [" padded"], ["plain"], ["الجيش الليبي"]]);
    expect(lines(csv)).toEqual(["text", '"a,b"', '"say ""hi"""', '"two\nlines"', '" padded"', "plain", "الجيش الليبي"]);
  });

  it("should refuse a row whose length differs from the header's", () => {
    expect(() => toCsv(["a", "b"], [[1]])).toThrow(/row 1 has 1 values; the header has 2/);
  });
});

describe("the charts' CSV files", () => {
  const en = buildCaseCharts(analysis, "en", "lna");

  it("should give one row per outlet × category, with the rate and the counts behind it", () => {
    const rows = lines(categoryCsv(en.category));
    expect(rows[0]).toBe("outlet_id,outlet,category_id,category,mentions,body_words,per_1000_body_words");
    expect(rows).toHaveLength(1 + 4 * 10);
    expect(rows).toContain("youm7,Youm7,state-legitimacy,State legitimacy,31,534,58.1");
    expect(rows).toContain("qposts,Qposts,foreign-involvement,Foreign involvement,0,395,0");
  });

  it("should give one row per outlet × stance for the chart's actor, counts positive", () => {
    const rows = lines(stanceCsv(en.stance));
    expect(rows[0]).toBe("outlet_id,outlet,actor_id,actor,stance,labels");
    expect(rows).toHaveLength(1 + 4 * 3);
    expect(rows).toContain("aljazeera,Al Jazeera,lna,Haftar-led forces (Libyan National Army),delegitimizing,10");
    expect(rows).toContain("youm7,Youm7,lna,Haftar-led forces (Libyan National Army),legitimizing,31");
  });

  it("should give one row per outlet × actor with the share and its counts", () => {
    const rows = lines(attentionCsv(en.attention));
    expect(rows[0]).toBe("outlet_id,outlet,actor_id,actor,labels,outlet_actor_labels,share_percent");
    // Seven actors carry a framing label in the seeds (the UAE, al-Qaeda and Ansar al-Sharia are only named).
    expect(rows).toHaveLength(1 + 4 * 7);
    expect(rows).toContain("aljazeera,Al Jazeera,egypt,Egypt,5,22,22.7");
  });

  it("should keep the English header and name things in Arabic for the Arabic interface", () => {
    const rows = lines(categoryCsv(buildCaseCharts(analysis, "ar").category));
    expect(rows[0]).toBe("outlet_id,outlet,category_id,category,mentions,body_words,per_1000_body_words");
    expect(rows).toContain("youm7,اليوم السابع,state-legitimacy,شرعية الدولة,31,534,58.1");
  });
});
