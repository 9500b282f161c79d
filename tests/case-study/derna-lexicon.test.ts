// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyze, compileLexicon } from "@/lib/engine";

const derna = getBundledCaseStudy();
const lexicon = compileLexicon(derna.lexicon);
const occurrences = new Map<string, Set<string>>();
for (const article of derna.articles) {
  for (const mention of analyze(article.text, lexicon, { chromeLines: article.chromeLines }).mentions) {
    if (!occurrences.has(mention.entry)) occurrences.set(mention.entry, new Set());
    occurrences.get(mention.entry)?.add(article.rawFile);
  }
}

describe("the Derna lexicon", () => {
  it("has well over 100 forms, a gloss and a note for every entry", () => {
    expect(derna.lexicon.reduce((n, e) => n + e.forms.length, 0)).toBeGreaterThan(200);
    for (const entry of derna.lexicon) {
      expect(entry.gloss.length, entry.id).toBeGreaterThan(2);
      expect(entry.note.split(" ").length, `${entry.id}: the note should be a sentence`).toBeGreaterThan(6);
    }
  });

  it.each(derna.lexicon.map((e) => [e.id, e] as const))("names exactly the seed files where %s occurs", (_, entry) => {
    expect([...(occurrences.get(entry.id) ?? [])].sort()).toEqual([...entry.seeds].sort());
  });

  it("labels every actor of the case study at least once in the five articles", () => {
    const labelled = new Set(derna.lexicon.filter((e) => occurrences.has(e.id)).map((e) => e.actor));
    for (const actor of derna.actors) expect(labelled.has(actor.id), actor.id).toBe(true);
  });
});
