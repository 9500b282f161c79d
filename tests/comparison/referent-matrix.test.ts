// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { buildActorMatrix } from "@/lib/comparison/label-matrix";
import { collectLabelOccurrences, labelKey } from "@/lib/comparison/occurrences";

const derna = getBundledCaseStudy();
const analysis = analyzeCaseStudy(derna);
const matrix = buildActorMatrix(analysis);
const row = (actor: string) => matrix.find((r) => r.id === actor)!;

describe("the actor matrix files a label under whom it refers to", () => {
  it("should file Libya24's داعش under the Shura Council, saying it literally names the Islamic State, with its note", () => {
    const daesh = row("dmsc").cells.libya24!.find((use) => use.entry === "isis-daesh-of-derna");
    expect(daesh).toMatchObject({ literal: "isis", count: 1 });
    expect(daesh?.notes.map((n) => n.en).join(" ")).toMatch(/Derna Protection Force/);
    expect(daesh?.notes.map((n) => n.en).join(" ")).toMatch(/Al Jazeera/);
  });

  it("should leave nothing of Libya24's 2018 داعش under the Islamic State, but keep its history of the city there", () => {
    const isisUses = row("isis").cells.libya24!;
    expect(isisUses.map((use) => use.entry)).not.toContain("isis-daesh-of-derna");
    expect(isisUses.map((use) => use.entry)).toContain("isis-islamic-state");
  });

  it("should file Youm7's al-Qaeda under the Shura Council, and Al Jazeera 2016's Islamic State stays itself", () => {
    expect(row("dmsc").cells.youm7!.find((use) => use.entry === "al-qaeda")?.literal).toBe("al-qaeda");
    expect(row("isis").cells.aljazeera!.find((use) => use.entry === "isis-islamic-state")?.literal).toBeNull();
  });

  it("should file only Qposts' headline al-Qaeda, which a curator's note re-reads, under the Shura Council", () => {
    const headline = row("dmsc").cells.qposts!.find((use) => use.entry === "al-qaeda");
    expect(headline?.count).toBe(1);
    expect(row("al-qaeda").cells.qposts!.find((use) => use.entry === "al-qaeda")?.count).toBeGreaterThan(0);
  });

  it("should count a re-read label's stance toward the actor it refers to", () => {
    const libya24 = analysis.articles.find((a) => a.article.id === "libya24-2018-06")!;
    const referringToIsis = libya24.mentions.filter((m) => !m.chrome && m.referent === "isis" && m.category !== null).length;
    const isisCount = libya24.counts.byActor.isis;
    expect((isisCount?.delegitimizing ?? 0) + (isisCount?.neutral ?? 0) + (isisCount?.legitimizing ?? 0)).toBe(referringToIsis);
  });

  it("should carry the note and the literal actor to each occurrence in the matrix's dialog", () => {
    const occurrences = collectLabelOccurrences(analysis, "actor")[labelKey({ outlet: "libya24", entry: "isis-daesh-of-derna", row: "dmsc" })];
    expect(occurrences).toHaveLength(1);
    expect(occurrences?.[0]).toMatchObject({ start: 26, literal: "isis" });
    expect(occurrences?.[0]?.notes).toHaveLength(2);
  });
});
