// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { categoryEvidence } from "@/lib/charts/evidence-links";
import { buildEvidenceRows } from "@/lib/comparison/evidence";
import { NO_FILTERS, indexEvidenceRows, queryEvidence } from "@/lib/comparison/evidence-query";
import { prepareEvidenceTable } from "@/lib/comparison/evidence-table";
import { evidenceTablePath, formatEvidenceFilters, parseEvidenceFilters } from "@/lib/comparison/evidence-url";
import { buildActorMatrix } from "@/lib/comparison/label-matrix";
import { buildOverviewCsv } from "@/lib/comparison/overview-csv";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { analysisForVoice, ownVoiceOnly } from "@/lib/comparison/voice";
import { parseVoiceView, withVoiceView } from "@/lib/comparison/voice-url";
import { fixtureAnalysis } from "./plain-voice-fixture";

const analysis = fixtureAnalysis();

describe("the voice view in the URL", () => {
  it("should read ?voice=outlet as the outlet's own words, and anything else as every voice", () => {
    expect(parseVoiceView("outlet")).toBe("outlet");
    expect(parseVoiceView(["outlet", "all"])).toBe("outlet");
    for (const value of [undefined, null, "", "all", "attributed", "OUTLET", []]) expect(parseVoiceView(value)).toBe("all");
  });

  it("should set and drop ?voice=outlet, keeping every other parameter and a label key readable", () => {
    expect(withVoiceView("?label=qposts:terrorists:dmsc&lang=ar", "outlet")).toBe("label=qposts:terrorists:dmsc&lang=ar&voice=outlet");
    expect(withVoiceView("label=qposts:terrorists:dmsc&voice=outlet", "all")).toBe("label=qposts:terrorists:dmsc");
    expect(withVoiceView("", "all")).toBe("");
  });
});

describe("the outlet's own words alone", () => {
  const own = ownVoiceOnly(analysis);

  it("should drop every attributed and distanced mention and keep the outlet's own", () => {
    const voices = own.articles.flatMap((a) => a.mentions.map((m) => m.voice));
    expect(voices).toEqual(["outlet", "outlet", "outlet", "outlet", "outlet"]);
    expect(analysis.articles.flatMap((a) => a.mentions)).toHaveLength(8);
  });

  it("should count again without them, body words unchanged so rates compare", () => {
    expect(analysis.byOutlet.get("qposts")).toMatchObject({ words: 16, mentions: 3, byCategory: { terrorism: 1, delegitimization: 1, assault: 1 } });
    expect(own.byOutlet.get("qposts")).toMatchObject({ words: 16, mentions: 2, byCategory: { delegitimization: 1, assault: 1 } });
    // Youm7's own framing is the Marshal alone; its plain name never counted.
    expect(own.byOutlet.get("youm7")).toMatchObject({ words: 17, mentions: 1, byCategory: { "state-legitimacy": 1 }, byActor: { haftar: { legitimizing: 1, neutral: 0, delegitimizing: 0 } } });
  });

  it("should be worked out once per analysis, and be the analysis itself for every voice", () => {
    expect(ownVoiceOnly(analysis)).toBe(own);
    expect(analysisForVoice(analysis, "outlet")).toBe(own);
    expect(analysisForVoice(analysis, "all")).toBe(analysis);
  });

  it("should leave a label's quoted uses out of its count in the matrix: the full matrix's count minus its quoted uses", () => {
    const full = buildActorMatrix(analysis);
    const ownRows = buildActorMatrix(own);
    const use = (rows: typeof full, row: string, outlet: string, entry: string) => rows.find((r) => r.id === row)!.cells[outlet]!.find((u) => u.entry === entry);
    expect(use(full, "dmsc", "qposts", "terrorists")).toMatchObject({ count: 1, quoted: 1 });
    expect(use(ownRows, "dmsc", "qposts", "terrorists")).toBeUndefined();
    expect(use(full, "lna", "qposts", "haftar-forces")).toMatchObject({ count: 1, quoted: 0 });
    expect(use(ownRows, "lna", "qposts", "haftar-forces")).toMatchObject({ count: 1, quoted: 0 });
  });

  it("should give the overview its own-words summaries beside the full ones, and CSV files of either view", () => {
    const data = getOverviewData(analysis, "en");
    expect(data.summaries.find((s) => s.outlet === "youm7")?.mentions).toBe(3);
    expect(data.own.summaries.find((s) => s.outlet === "youm7")?.mentions).toBe(1);
    expect(buildOverviewCsv(analysis, "actor", { voice: "all", language: "all" })).toContain("الإرهابيين (the terrorists) ×1 [terrorism, delegitimizing, 1 quoted]");
    const own = buildOverviewCsv(analysis, "actor", { voice: "outlet", language: "all" });
    expect(own).not.toContain("الإرهابيين");
    expect(own).toContain("قوات حفتر (Haftar's forces) ×1 [delegitimization, delegitimizing]");
  });

  it("should chart the own words alone and lead each bar to those mentions only", () => {
    const all = buildCaseCharts(analysis, "en");
    const charts = buildCaseCharts(analysis, "en", undefined, "outlet");
    expect(all.voice).toBe("all");
    expect(charts.voice).toBe("outlet");
    expect(all.category.values.qposts?.terrorism?.count).toBe(1);
    expect(charts.category.values.qposts?.terrorism?.count ?? 0).toBe(0);
    expect(charts.category.values.qposts?.assault?.count).toBe(1);
    const links = categoryEvidence("fixture", charts.category, (href) => href, charts.voice);
    expect(links.qposts?.assault).toBe("/cases/fixture/terms?outlet=qposts&category=assault&voice=outlet");
    expect(categoryEvidence("fixture", all.category, (href) => href).qposts?.assault).toBe("/cases/fixture/terms?outlet=qposts&category=assault");
  });
});

describe("the evidence table's voice", () => {
  const rows = buildEvidenceRows(analysis);
  const index = indexEvidenceRows(rows);

  it("should say whose words each row is", () => {
    expect(rows.map((r) => r.voice)).toEqual(["attributed", "outlet", "outlet", "outlet", "distanced", "outlet", "outlet", "attributed"]);
    expect(rows.every((r) => r.quoted === (r.voice !== "outlet"))).toBe(true);
  });

  it("should keep only the voices ticked, and combine them with the other filters", () => {
    const ownRows = queryEvidence(index, { ...NO_FILTERS, voice: ["outlet"] });
    expect(ownRows.map((r) => r.form)).toEqual(["قوات حفتر", "حفتر", "اقتحام", "المشير", "حفتر"]);
    const others = queryEvidence(index, { ...NO_FILTERS, voice: ["attributed", "distanced"], outlet: ["youm7"] });
    expect(others.map((r) => [r.form, r.voice])).toEqual([
      ["الإرهابيين", "distanced"],
      ["قوات حفتر", "attributed"],
    ]);
  });

  it("should write the voice filter in the table's URL and read it back", () => {
    const filters = { ...NO_FILTERS, outlet: ["youm7"], voice: ["attributed", "distanced"] };
    expect(evidenceTablePath("derna", filters)).toBe("/cases/derna/terms?outlet=youm7&voice=attributed,distanced");
    expect(parseEvidenceFilters(new URLSearchParams(formatEvidenceFilters(filters)))).toEqual(filters);
    expect(parseEvidenceFilters(new URLSearchParams("voice=outlet&voice=distanced")).voice).toEqual(["outlet", "distanced"]);
  });

  it("should offer the three voices in the filter menu with their counts, named in both languages", () => {
    const labels = { noActor: "(none)", noStance: "(none)" };
    expect(prepareEvidenceTable(analysis, "en", labels).facets.voice).toEqual([
      { value: "outlet", label: "Outlet's own words", count: 5 },
      { value: "attributed", label: "Attributed (quoted)", count: 2 },
      { value: "distanced", label: "Distanced (so-called)", count: 1 },
    ]);
    expect(prepareEvidenceTable(analysis, "ar", labels).facets.voice.map((f) => f.label)).toEqual(["كلام الوسيلة نفسها", "منسوب (اقتباس)", "بتحفّظ (ما يسمى)"]);
  });
});
