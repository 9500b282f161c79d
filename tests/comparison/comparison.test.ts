// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { attentionShares, categoryRates, stanceBars } from "@/lib/comparison/chart-data";
import { buildEvidenceRows, keywordInContext } from "@/lib/comparison/evidence";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";
import { summarizeOutlets } from "@/lib/comparison/summary";
import { getBundledCaseStudy } from "@/lib/case-study/load";

const analysis = analyzeCaseStudy(getBundledCaseStudy());
const actorRow = (id: string) => buildActorMatrix(analysis).find((r) => r.id === id);

describe("the actor × outlet label matrix", () => {
  it("shows Youm7 calling Haftar's forces the Libyan National Army and Al Jazeera calling them Haftar's forces", () => {
    const lna = actorRow("lna");
    expect(lna?.cells.youm7?.map((u) => u.entry)).toContain("lna-libyan-national-army");
    expect(lna?.cells.youm7?.every((u) => u.stance !== "delegitimizing")).toBe(true);
    expect(lna?.cells.aljazeera?.map((u) => u.entry)).toContain("lna-haftar-forces");
  });

  it("leaves a cell empty where an outlet never names the actor", () => {
    expect(actorRow("uae")?.cells.youm7).toEqual([]);
  });

  it("counts body mentions only and lists the spellings the text used", () => {
    const army = actorRow("lna")?.cells.youm7?.find((u) => u.entry === "lna-libyan-army");
    expect(army?.count).toBeGreaterThan(10);
    expect(army?.spellings).toEqual(expect.arrayContaining(["الجيش الليبى", "بالجيش الليبى"]));
  });

  it("agrees with the outlet's actor counts", () => {
    const lna = actorRow("lna");
    const total = lna?.cells.qposts?.reduce((n, u) => n + u.count, 0);
    const tally = analysis.byOutlet.get("qposts")?.byActor.lna;
    expect(total).toBe((tally?.legitimizing ?? 0) + (tally?.neutral ?? 0) + (tally?.delegitimizing ?? 0));
  });
});

describe("the event × outlet matrix", () => {
  it("shows how the 2018 assault is named: purification by Qposts, storming by Al Jazeera", () => {
    const assault = buildEventMatrix(analysis).find((r) => r.id === "assault-2018");
    expect(assault?.cells.qposts?.map((u) => u.entry)).toContain("purification");
    expect(assault?.cells.aljazeera?.map((u) => u.entry)).toContain("storming");
  });

  it("counts a 2016 storming toward the 2016 expulsion, by its article's main event", () => {
    const expelled = buildEventMatrix(analysis).find((r) => r.id === "isis-expelled-2016");
    expect(expelled?.cells.aljazeera?.map((u) => u.entry)).toContain("storming");
  });
});

describe("summarizeOutlets", () => {
  it("tallies Youm7's labels for the LNA with none delegitimizing", () => {
    const youm7 = summarizeOutlets(analysis).find((s) => s.outlet === "youm7");
    const lna = youm7?.actors.find((a) => a.actor === "lna");
    expect(lna?.legitimizing).toBeGreaterThan(10);
    expect(lna?.delegitimizing).toBe(0);
  });
});

describe("chart data", () => {
  it("gives every outlet a rate for every category", () => {
    const rows = categoryRates(analysis);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(Object.keys(row.rates)).toHaveLength(10);
  });

  it("draws delegitimizing labels below zero", () => {
    const bar = stanceBars(analysis).find((b) => b.outlet === "aljazeera" && b.actor === "lna");
    expect(bar?.delegitimizing).toBeLessThan(0);
  });

  it("gives shares of attention that add up to 100% per outlet", () => {
    for (const row of attentionShares(analysis)) {
      const sum = Object.values(row.shares).reduce((n, s) => n + s.percent, 0);
      expect(Math.abs(sum - 100)).toBeLessThan(0.6);
    }
  });
});

describe("evidence rows", () => {
  it("give one row per mention, with offsets into the raw text and context", () => {
    const rows = buildEvidenceRows(analysis);
    expect(rows).toHaveLength(analysis.articles.reduce((n, a) => n + a.mentions.length, 0));
    const first = rows[0];
    const article = analysis.articles.find((a) => a.article.id === first?.article)?.article;
    expect(article?.text.slice(first?.start, first?.end)).toBe(first?.form);
  });

  it("cut the context at the line and at eight words", () => {
    const text = "one two three four five six seven eight nine KEY a b\nnext line";
    const start = text.indexOf("KEY");
    expect(keywordInContext(text, start, start + 3)).toEqual({ before: "… two three four five six seven eight nine ", after: " a b" });
  });
});

describe("getBundledCaseAnalysis", () => {
  it("analyzes a bundled case once and serves the same analysis after", () => {
    expect(getBundledCaseAnalysis("derna")).toBe(getBundledCaseAnalysis("derna"));
    expect(getBundledCaseAnalysis("nope")).toBeUndefined();
  });
});

describe("an outlet that names an actor by plain name only", () => {
  it("is not said to never name it: Al Jazeera names the Shura Council, with no framing label", () => {
    const derna = getBundledCaseAnalysis("derna")!;
    const aljazeera = summarizeOutlets(derna).find((s) => s.outlet === "aljazeera")!;
    const framing = aljazeera.actors.find((a) => a.actor === "dmsc");
    expect(framing ? framing.legitimizing + framing.neutral + framing.delegitimizing : 0).toBe(0);
    const plain = derna.articles
      .filter((a) => a.article.outlet.id === "aljazeera")
      .flatMap((a) => a.mentions)
      .filter((m) => !m.chrome && m.category === null && (m.referent ?? m.actor) === "dmsc").length;
    expect(plain).toBeGreaterThan(0);
    expect(aljazeera.plainNames?.dmsc).toBe(plain);
  });
});
