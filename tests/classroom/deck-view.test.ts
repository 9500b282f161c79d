// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getArrangeView, getDeckView } from "@/lib/classroom/deck-view";
import { getHandoutView, HANDOUT_LABELS_PER_CELL } from "@/lib/classroom/handout";
import { buildActorMatrix } from "@/lib/comparison/label-matrix";
import { getSlides } from "@/lib/classroom/slides";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const analysis = getBundledCaseAnalysis("derna")!;
const all = getSlides(analysis);

describe("getDeckView", () => {
  it("should show every slide but the alternates, titled, when the URL says nothing", () => {
    const view = getDeckView(analysis, {}, "en");
    expect(view.slides.map((s) => s.slide.id)).toEqual(all.filter((s) => !("alternate" in s && s.alternate)).map((s) => s.id));
    expect(view.slides[0]!.title.length).toBeGreaterThan(0);
    expect(view.notice).toBeUndefined();
  });

  it("should show the slides a URL picks in its order, and lead back to the arrange page with that order", () => {
    const [first, second] = [all[2]!.id, all[1]!.id];
    const view = getDeckView(analysis, { slides: `${first},${second}` }, "ar");
    expect(view.slides.map((s) => s.slide.id)).toEqual([first, second]);
    expect(view.leaveHref).toMatch(/^\/cases\/derna\/present\/arrange\?/);
    expect(view.leaveHref).toContain("lang=ar");
  });

  it("should name the slide ids the case does not have", () => {
    expect(getDeckView(analysis, { hide: "no-such-slide" }, "en").notice).toContain("no-such-slide");
  });
});

describe("getArrangeView", () => {
  it("should list every slide, telling pairs apart by their two outlets", () => {
    const view = getArrangeView(analysis, {}, "en");
    expect(view.items.map((i) => i.id)).toEqual(all.map((s) => s.id));
    for (const pair of view.items.filter((i) => i.kind === "pair")) expect(pair.outlets).toMatch(/ · /);
  });
});

describe("getHandoutView", () => {
  it("should print a glossary entry for every label in its matrices, and no other", () => {
    const { actorRows, eventRows, glossary } = getHandoutView(analysis);
    const used = new Set([...actorRows, ...eventRows].flatMap((row) => Object.values(row.cells).flatMap((uses) => uses.map((u) => u.entry))));
    expect(new Set(glossary.map((g) => g.entry.id))).toEqual(used);
  });
});

describe("a handout cell", () => {
  it("should print its most used labels only, and count the ones it leaves out, so a row fits on the paper", () => {
    const { actorRows, moreLabels } = getHandoutView(analysis);
    const full = buildActorMatrix(analysis);
    let cut = 0;
    for (const row of actorRows) {
      for (const [outlet, uses] of Object.entries(row.cells)) {
        const all = full.find((r) => r.id === row.id)!.cells[outlet]!;
        expect(uses.length).toBe(Math.min(all.length, HANDOUT_LABELS_PER_CELL));
        expect(moreLabels[row.id]?.[outlet] ?? 0).toBe(all.length - uses.length);
        const leastShown = Math.min(...uses.map((u) => u.count));
        for (const left of all.filter((u) => !uses.some((x) => x.entry === u.entry))) expect(left.count).toBeLessThanOrEqual(leastShown);
        cut += all.length - uses.length;
      }
    }
    // Derna's Shura Council row is one that needs cutting.
    expect(cut).toBeGreaterThan(0);
  });
});
