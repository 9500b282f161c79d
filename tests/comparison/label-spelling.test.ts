// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";
import { labelSpelling } from "@/lib/comparison/label-spelling";

const written = (...spellings: [string, number][]) => new Map(spellings);

describe("labelSpelling", () => {
  it("should give the entry's first form read plainly when no mention is left to show", () => {
    expect(labelSpelling(written(), ["متشدد{pa}"])).toBe("متشدد");
    expect(labelSpelling(written(["قواته", 2]), ["قوات حفتر"])).toBe("قوات حفتر");
  });

  it("should show the spelling written most often, as written, never the pattern notation", () => {
    expect(labelSpelling(written(["المتشددين", 3], ["متشددون", 1]), ["متشدد{pa}"])).toBe("المتشددين");
    expect(labelSpelling(written(["الجيش الليبى", 5], ["الجيش الليبي", 2]), ["الجيش الليبي"])).toBe("الجيش الليبى");
  });

  it("should take a proclitic off the front, and count the spellings it joins together", () => {
    expect(labelSpelling(written(["بالجيش الليبي", 1]), ["الجيش الليبي"])).toBe("الجيش الليبي");
    expect(labelSpelling(written(["للمدنيين", 1]), ["مدني{pa}"])).toBe("المدنيين");
    expect(labelSpelling(written(["وتنظيم الإخوان الإرهابي", 1]), ["تنظيم الإخوان الإرهابي"])).toBe("تنظيم الإخوان الإرهابي");
    expect(labelSpelling(written(["قوات حفتر", 2], ["لقوات حفتر", 2], ["قوات الجيش", 3]), ["قوات حفتر"])).toBe("قوات حفتر");
  });

  it("should keep the first spelling written on a tie", () => {
    expect(labelSpelling(written(["إرهابيين", 2], ["الإرهابيين", 2]), ["إرهابي{fpa}"])).toBe("إرهابيين");
  });

  it("should show English coverage's own spelling, and fall back to an English form for it", () => {
    expect(labelSpelling(written(["Haftar's forces", 2], ["forces loyal to Haftar", 1]), ["قوات حفتر", "Haftar's forces", "forces loyal to Haftar"])).toBe("Haftar's forces");
    expect(labelSpelling(written(["its forces", 1]), ["قوات حفتر", "Haftar's forces"])).toBe("Haftar's forces");
  });
});

describe("the matrix's labels on the Derna case study", () => {
  const analysis = getBundledCaseAnalysis("derna")!;
  const uses = [...buildActorMatrix(analysis), ...buildEventMatrix(analysis)].flatMap((row) => Object.values(row.cells).flat());

  it("should show no label in pattern notation", () => {
    expect(uses.length).toBeGreaterThan(50);
    for (const use of uses) expect(use.form, use.entry).not.toMatch(/[()[\]{}|ـ]/u);
  });

  it("should show Qposts' militants as the text writes them", () => {
    const dmsc = buildActorMatrix(analysis).find((row) => row.id === "dmsc")!;
    expect(dmsc.cells.qposts!.find((use) => use.entry === "dmsc-militants")!.form).toBe("المتشددين");
  });
});
