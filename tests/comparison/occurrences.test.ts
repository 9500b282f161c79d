// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";
import { collectLabelOccurrences, labelKey } from "@/lib/comparison/occurrences";
import { pickSummaryActors, summarizeOutlets } from "@/lib/comparison/summary";

const analysis = analyzeCaseStudy(getBundledCaseStudy());
const articles = new Map(analysis.articles.map((a) => [a.article.id, a]));

describe("labelKey", () => {
  it("should join outlet, entry and row with colons (ids are slugs, so it reads back unambiguously)", () => {
    expect(labelKey({ outlet: "youm7", entry: "lna-libyan-national-army", row: "lna" })).toBe("youm7:lna-libyan-national-army:lna");
  });
});

describe("collectLabelOccurrences", () => {
  for (const [kind, rows] of [
    ["actor", buildActorMatrix(analysis)],
    ["event", buildEventMatrix(analysis)],
  ] as const) {
    it(`should give every ${kind} label exactly as many sentences as its count, and no more labels`, () => {
      const occurrences = collectLabelOccurrences(analysis, kind);
      const keys = rows.flatMap((row) =>
        Object.entries(row.cells).flatMap(([outlet, uses]) =>
          uses.map((use) => {
            const key = labelKey({ outlet, entry: use.entry, row: row.id });
            expect(occurrences[key], key).toHaveLength(use.count);
            expect(occurrences[key]?.filter((o) => o.quoted).length, key).toBe(use.quoted);
            return key;
          }),
        ),
      );
      expect(Object.keys(occurrences).sort()).toEqual(keys.sort());
    });
  }

  it("should point each sentence at the mention in the raw text, with its context around it", () => {
    const youm7 = collectLabelOccurrences(analysis, "actor")["youm7:lna-libyan-national-army:lna"]!;
    expect(youm7).toHaveLength(7);
    for (const occurrence of youm7) {
      const text = articles.get(occurrence.article)!.article.text;
      expect(text.slice(occurrence.start, occurrence.end)).toBe(occurrence.form);
      const line = text.slice(text.lastIndexOf("\n", occurrence.start) + 1);
      expect(line).toContain(`${occurrence.before.replace(/^… /, "")}${occurrence.form}`);
    }
    expect(youm7.map((o) => o.start)).toEqual([...youm7.map((o) => o.start)].sort((a, b) => a - b));
  });

  it("should leave page chrome out, as the matrix does", () => {
    for (const list of Object.values(collectLabelOccurrences(analysis, "actor"))) {
      for (const occurrence of list) {
        const mention = articles.get(occurrence.article)!.mentions.find((m) => m.start === occurrence.start);
        expect(mention?.chrome).toBe(false);
      }
    }
  });

  it("should put a storming under the event its article is mainly about, oldest article first", () => {
    const events = collectLabelOccurrences(analysis, "event");
    expect(events["aljazeera:storming:isis-expelled-2016"]?.map((o) => o.article)).toEqual(["aljazeera-2016-04"]);
    expect(new Set(events["aljazeera:storming:assault-2018"]?.map((o) => o.article))).toEqual(new Set(["aljazeera-2018-02"]));
  });
});

describe("pickSummaryActors", () => {
  it("should pick nothing when no outlet labels any actor", () => {
    expect(pickSummaryActors([])).toEqual([]);
    expect(pickSummaryActors([{ outlet: "x", articles: 1, words: 10, mentions: 0, actors: [{ actor: "a", legitimizing: 0, neutral: 0, delegitimizing: 0 }], topCategory: null }])).toEqual([]);
  });

  it("should pick the actors all outlets label most: in Derna, Haftar's forces and the Shura Council", () => {
    expect(pickSummaryActors(summarizeOutlets(analysis))).toEqual(["lna", "dmsc"]);
    // Third come the civilians and Haftar, seven labels each (ties go by id): the civilians through the
    // harm done to them (خسائر فادحة في صفوف المدنيين، قتل مدني), Haftar through his titles. The Islamic
    // State's labels in 2018 pro-Haftar coverage refer to the Shura Council, and the outlets mostly just name the rest.
    expect(pickSummaryActors(summarizeOutlets(analysis), 4)).toEqual(["lna", "dmsc", "civilians", "haftar"]);
  });
});

describe("evidenceTablePath", () => {
  it("should give the bare table without filters", () => {
    expect(evidenceTablePath("derna", {})).toBe("/cases/derna/terms");
  });

  it("should write the filters in a fixed order, lists comma-separated", () => {
    expect(evidenceTablePath("derna", { outlet: ["youm7"], entry: ["storming"], article: ["a-1", "b-2"], q: "" })).toBe(
      "/cases/derna/terms?entry=storming&outlet=youm7&article=a-1,b-2",
    );
  });
});
