// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { buildAnswerKey } from "@/lib/classroom/answer-key";
import { buildSlides } from "@/lib/classroom/slides";
import { buildGlossary } from "@/lib/comparison/glossary";
import { type LabelUse, buildActorMatrix } from "@/lib/comparison/label-matrix";
import { PLAIN_NAME_MARK, buildMatrixCsv, describeLabelUses } from "@/lib/comparison/matrix-csv";
import { summarizeOutlets } from "@/lib/comparison/summary";
import { categoryName } from "@/lib/i18n/taxonomy-messages";
import { fixtureAnalysis } from "./plain-voice-fixture";

const analysis = fixtureAnalysis();
const plainUse = (over: Partial<LabelUse> = {}): LabelUse => ({ entry: "plain-haftar", form: "حفتر", gloss: "Haftar", category: null, stance: "neutral", count: 2, quoted: 0, spellings: [], literal: null, notes: [], ...over });

describe("plain names in the matrix", () => {
  it("should list a plain name in its actor's row, as a plain name with no category", () => {
    const haftar = buildActorMatrix(analysis).find((row) => row.id === "haftar")!;
    expect(haftar.cells.qposts).toEqual([expect.objectContaining({ entry: "plain-haftar", category: null, count: 1 })]);
    expect(haftar.cells.youm7?.map((use) => [use.entry, use.category])).toEqual([
      ["marshal", "state-legitimacy"],
      ["plain-haftar", null],
    ]);
  });

  it("should mark a plain name [plain name] in a CSV cell, where a framing label gives its category and stance", () => {
    expect(describeLabelUses([plainUse()])).toBe("حفتر (Haftar) ×2 [plain name]");
    expect(describeLabelUses([plainUse({ quoted: 1 })])).toBe("حفتر (Haftar) ×2 [plain name, 1 quoted]");
    expect(PLAIN_NAME_MARK).toBe("plain name");
    const csv = buildMatrixCsv(buildActorMatrix(analysis), analysis.caseStudy.outlets, "actor");
    const haftarLine = csv.split("\r\n").find((line) => line.startsWith("haftar,"))!;
    expect(haftarLine).toContain("حفتر (Haftar) ×1 [plain name]");
    expect(haftarLine).toContain("المشير (the Field Marshal) ×1 [state-legitimacy, legitimizing]");
    expect(haftarLine).not.toContain("neutral");
  });
});

describe("plain names are never counted as framing", () => {
  it("should leave them out of every outlet's counts, per category and per actor", () => {
    const qposts = analysis.byOutlet.get("qposts")!;
    expect(qposts.mentions).toBe(3);
    expect(Object.keys(qposts.byCategory).sort()).toEqual(["assault", "delegitimization", "terrorism"]);
    expect(qposts.byActor.haftar).toBeUndefined();
    // Youm7 calls him the Marshal once and names him plainly once: one legitimizing label, nothing neutral.
    expect(analysis.byOutlet.get("youm7")!.byActor.haftar).toEqual({ legitimizing: 1, neutral: 0, delegitimizing: 0 });
  });

  it("should leave them out of the summary lines", () => {
    const [qposts, , youm7] = summarizeOutlets(analysis);
    expect(qposts?.actors.map((tally) => tally.actor)).not.toContain("haftar");
    expect(youm7?.actors.find((tally) => tally.actor === "haftar")).toEqual({ actor: "haftar", legitimizing: 1, neutral: 0, delegitimizing: 0 });
  });

  it("should leave them out of every chart", () => {
    const charts = buildCaseCharts(analysis, "en");
    for (const values of Object.values(charts.category.values)) expect(Object.keys(values)).not.toContain("null");
    expect(charts.category.totals.qposts?.count).toBe(3);
    const haftar = buildCaseCharts(analysis, "en", "haftar").stance;
    expect(haftar.actor.id).toBe("haftar");
    expect(haftar.rows.find((row) => row.outlet === "qposts")).toEqual({ outlet: "qposts", legitimizing: 0, neutral: 0, delegitimizing: 0 });
    expect(haftar.rows.find((row) => row.outlet === "youm7")).toEqual({ outlet: "youm7", legitimizing: 1, neutral: 0, delegitimizing: 0 });
  });

  it("should never ask a student to find one in the exercise", () => {
    const [qposts] = analysis.articles;
    const key = buildAnswerKey(qposts!.mentions, analysis.caseStudy.lexicon);
    expect(key.terms.map((term) => term.entry)).toEqual(["terrorists", "haftar-forces", "storming"]);
    expect(key.entries["plain-haftar"]).toBeUndefined();
  });

  it("should never build a deck's contrast pair on one: Qposts' plain حفتر is no contrast to Youm7's Marshal", () => {
    const slides = buildSlides(analysis);
    expect(slides.some((slide) => slide.id === "actor-haftar")).toBe(true);
    expect(slides.filter((slide) => slide.kind === "pair" && slide.row.id === "haftar")).toEqual([]);
    expect(slides.flatMap((slide) => (slide.kind === "pair" ? slide.sides : [])).every((side) => side.label.category !== null)).toBe(true);
  });

  it("should still list them in the glossary, with their uses, named as plain names", () => {
    const plain = buildGlossary(analysis).find((g) => g.entry.id === "plain-haftar")!;
    expect(plain.total).toBe(2);
    expect(categoryName(plain.entry.category, "en")).toBe("Plain name (not framing)");
    expect(categoryName(plain.entry.category, "ar")).toBe("اسم مجرد (بلا تأطير)");
  });
});
