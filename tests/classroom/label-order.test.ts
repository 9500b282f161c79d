// @vitest-environment node
import { describe, expect, it } from "vitest";
import { contrastScore, orderSlide, readLabelOrder } from "@/lib/classroom/label-order";
import { buildSlides, type RowSlide } from "@/lib/classroom/slides";
import type { LabelUse } from "@/lib/comparison/label-matrix";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const use = (entry: string, stance: LabelUse["stance"], count: number, category: string | null = "framing"): LabelUse => ({
  entry,
  form: entry,
  gloss: entry,
  category,
  stance,
  count,
  quoted: 0,
  spellings: [],
  literal: null,
  notes: [],
});

describe("contrastScore", () => {
  it("counts the other outlets' uses of another stance, an opposite one twice and a neutral one once", () => {
    const others = [use("against", "delegitimizing", 3), use("flat", "neutral", 2), use("alike", "legitimizing", 5)];
    expect(contrastScore("actor", use("for", "legitimizing", 1), others)).toBe(3 * 2 + 2 * 1);
    expect(contrastScore("actor", use("plain", "neutral", 1, null), others)).toBe(0);
    expect(contrastScore("actor", use("for", "legitimizing", 1), [use("name", "neutral", 9, null)])).toBe(0);
  });

  it("compares an event's terms by category", () => {
    const others = [use("storming", null, 2, "assault"), use("freeing", null, 4, "liberation")];
    expect(contrastScore("event", use("liberation", null, 1, "liberation"), others)).toBe(2);
  });
});

describe("orderSlide", () => {
  const slides = buildSlides(getBundledCaseAnalysis("derna")!);
  const lna = slides.find((s): s is RowSlide => s.id === "actor-lna")!;

  it("puts first the labels that set an outlet apart, and keeps every label, on the slide or behind '+ N more'", () => {
    const contrasted = orderSlide(lna, "contrasted");
    const qposts = contrasted.columns.find((c) => c.outlet === "qposts")!;
    // Qposts alone among the army's friends calls them "Haftar's forces", as Al Jazeera does.
    expect(qposts.labels[0]!.gloss).toBe("Haftar's forces");
    for (const [i, column] of contrasted.columns.entries()) {
      const before = [...lna.columns[i]!.labels, ...lna.columns[i]!.rest].map((u) => u.entry).sort();
      expect([...column.labels, ...column.rest].map((u) => u.entry).sort()).toEqual(before);
      expect(column.omitted.labels).toBe(column.rest.length);
    }
  });

  it("leaves the most used order, and slides without labels, as they are", () => {
    expect(orderSlide(lna, "used")).toBe(lna);
    expect(orderSlide(slides[0]!, "contrasted")).toBe(slides[0]);
  });
});

describe("readLabelOrder", () => {
  it("reads ?order=contrasted and falls back to most used", () => {
    expect(readLabelOrder("contrasted")).toBe("contrasted");
    expect(readLabelOrder(["contrasted"])).toBe("contrasted");
    expect(readLabelOrder("loudest")).toBe("used");
    expect(readLabelOrder(undefined)).toBe("used");
  });
});
