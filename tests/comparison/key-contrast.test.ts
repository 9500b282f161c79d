// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { pickKeyContrast, type KeyContrastRow } from "@/lib/comparison/key-contrast";
import { buildActorMatrix, type LabelUse, type MatrixRow } from "@/lib/comparison/label-matrix";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { ownVoiceOnly } from "@/lib/comparison/voice";

const derna = getBundledCaseStudy();
const analysis = analyzeCaseStudy(derna);
const outlets = derna.outlets.map((outlet) => outlet.id);
const contrast = pickKeyContrast(buildActorMatrix(analysis), outlets);
const rowOf = (rows: KeyContrastRow[], actor: string) => rows.find((row) => row.actor === actor);
const labelOf = (row: KeyContrastRow | undefined, outlet: string) => row?.positions.find((p) => p.outlet === outlet)?.label ?? null;

describe("the key contrast of the Derna case study", () => {
  it("should pick at most three actors, each with one position per outlet in the case study's order", () => {
    expect(contrast.length).toBeGreaterThanOrEqual(2);
    expect(contrast.length).toBeLessThanOrEqual(3);
    for (const row of contrast) expect(row.positions.map((p) => p.outlet)).toEqual(outlets);
  });

  it("should pick Haftar's forces and Haftar, whom outlets legitimize and delegitimize, then the Shura Council", () => {
    expect(contrast.map((row) => row.actor)).toEqual(["lna", "haftar", "dmsc"]);
  });

  it("should show Haftar's forces as the Libyan army to the pro-Haftar outlets and as Haftar's forces to Al Jazeera", () => {
    const lna = rowOf(contrast, "lna");
    expect(labelOf(lna, "youm7")).toMatchObject({ entry: expect.any(String), stance: "legitimizing", category: "state-legitimacy" });
    expect(labelOf(lna, "aljazeera")).toMatchObject({ stance: "delegitimizing", gloss: "Haftar's forces" });
  });

  it("should set Libya24's and Qposts' most-used labels for the Shura Council apart from Al Jazeera's, which frames it with none", () => {
    const dmsc = rowOf(contrast, "dmsc");
    expect(labelOf(dmsc, "libya24")).toMatchObject({ stance: "delegitimizing", category: "terrorism" });
    expect(labelOf(dmsc, "qposts")).toMatchObject({ stance: "delegitimizing", category: "extremism" });
    expect(dmsc?.positions.find((p) => p.outlet === "aljazeera")).toEqual({ outlet: "aljazeera", label: null, why: "plain-only" });
  });

  it("should never give a plain name as an outlet's label", () => {
    for (const row of contrast) for (const position of row.positions) expect(position.label?.category ?? "framing").not.toBeNull();
  });

  it("should file a label under whom it refers to: Libya24's داعش of Derna counts for the Shura Council, not the Islamic State", () => {
    const dmscUses = buildActorMatrix(analysis).find((row) => row.id === "dmsc")!.cells.libya24!;
    expect(dmscUses.map((use) => use.entry)).toContain("isis-daesh-of-derna");
    expect(labelOf(rowOf(contrast, "isis"), "libya24")?.entry).not.toBe("isis-daesh-of-derna");
  });

  it("should count only the outlets' own words in the own-words view", () => {
    const own = pickKeyContrast(buildActorMatrix(ownVoiceOnly(analysis)), outlets);
    for (const row of own)
      for (const position of row.positions) if (position.label) expect(position.label.quoted).toBe(0);
    expect(getOverviewData(analysis, "en").own.keyContrast).toEqual(own);
    expect(getOverviewData(analysis, "en").keyContrast).toEqual(contrast);
  });
});

describe("what counts as contested", () => {
  const use = (entry: string, stance: LabelUse["stance"], category: string | null, count = 1): LabelUse => ({
    entry, form: entry, gloss: entry, category, stance, count, quoted: 0, spellings: [entry], literal: null, notes: [],
  });
  const row = (id: string, cells: MatrixRow["cells"]): MatrixRow => ({ id, name: { en: id, ar: id }, cells });

  it("should leave out an actor on whom every outlet's most-used label takes the same stance and category", () => {
    const agreed = row("agreed", { a: [use("army", "legitimizing", "state-legitimacy", 3)], b: [use("army", "legitimizing", "state-legitimacy")] });
    expect(pickKeyContrast([agreed], ["a", "b"])).toEqual([]);
  });

  it("should count naming by plain name only as a position, and silence as none", () => {
    const plainVersusFraming = row("p", { a: [use("terrorists", "delegitimizing", "terrorism")], b: [use("name", null, null, 9)] });
    const silenceVersusFraming = row("s", { a: [use("terrorists", "delegitimizing", "terrorism")], b: [] });
    expect(pickKeyContrast([plainVersusFraming, silenceVersusFraming], ["a", "b"]).map((r) => r.actor)).toEqual(["p"]);
    expect(pickKeyContrast([plainVersusFraming], ["a", "b"])[0]?.positions[1]).toEqual({ outlet: "b", label: null, why: "plain-only" });
  });

  it("should rank opposite stances above a plain name against a framing label", () => {
    const plainVersusFraming = row("plain", { a: [use("victims", "neutral", "civilian-harm", 30)], b: [use("name", null, null, 9)], c: [use("cheering", "neutral", "popular-support", 30)] });
    const opposite = row("opposite", { a: [use("army", "legitimizing", "state-legitimacy")], b: [use("militia", "delegitimizing", "delegitimization")] });
    expect(pickKeyContrast([plainVersusFraming, opposite], ["a", "b", "c"]).map((r) => r.actor)).toEqual(["opposite", "plain"]);
  });

  it("should rank opposite stances above a difference of category alone, and keep the most-used framing label", () => {
    const categories = row("categories", { a: [use("extremists", "delegitimizing", "extremism", 20)], b: [use("terrorists", "delegitimizing", "terrorism", 20)] });
    const stances = row("stances", { a: [use("name", null, null, 50), use("army", "legitimizing", "state-legitimacy", 1)], b: [use("militia", "delegitimizing", "delegitimization")] });
    const picked = pickKeyContrast([categories, stances], ["a", "b"]);
    expect(picked.map((r) => r.actor)).toEqual(["stances", "categories"]);
    expect(picked[0]?.positions[0]?.label?.entry).toBe("army");
  });
});
