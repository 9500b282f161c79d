// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildGlossary, glossaryCountHref, glossarySearchText, searchGlossary } from "@/lib/comparison/glossary";
import { normalizeWords } from "@/lib/engine";

const analysis = getBundledCaseAnalysis("derna")!;
const glossary = buildGlossary(analysis);
const byId = (id: string) => glossary.find((g) => g.entry.id === id)!;

describe("buildGlossary", () => {
  it("lists every lexicon entry, in lexicon order, with every outlet", () => {
    expect(glossary.map((g) => g.entry.id)).toEqual(analysis.caseStudy.lexicon.map((e) => e.id));
    for (const g of glossary) expect(Object.keys(g.byOutlet)).toEqual(analysis.caseStudy.outlets.map((o) => o.id));
  });

  it("counts body mentions per outlet on the Derna texts", () => {
    expect(byId("lna-libyan-army").byOutlet).toEqual({ qposts: 3, libya24: 0, youm7: 14, aljazeera: 0 });
    expect(byId("lna-libyan-army").total).toBe(17);
  });

  it("leaves page chrome out and agrees with the per-outlet totals, which leave plain names out", () => {
    for (const outlet of analysis.caseStudy.outlets) {
      // The glossary counts a plain name's occurrences too; the framing totals never do.
      const framing = glossary.filter((g) => g.entry.category !== null).reduce((n, g) => n + (g.byOutlet[outlet.id] ?? 0), 0);
      expect(framing).toBe(analysis.byOutlet.get(outlet.id)!.mentions);
    }
    const all = analysis.articles.flatMap((a) => a.mentions);
    expect(all.some((m) => m.chrome)).toBe(true);
    expect(glossary.reduce((n, g) => n + g.total, 0)).toBe(all.filter((m) => !m.chrome).length);
  });

  it("keeps entries never found, with zeros", () => {
    const unused = glossary.filter((g) => g.total === 0).map((g) => g.entry.id);
    expect(unused).toContain("caliphate");
    expect(byId("caliphate").byOutlet).toEqual({ qposts: 0, libya24: 0, youm7: 0, aljazeera: 0 });
  });
});

describe("searchGlossary", () => {
  it("keeps everything for a blank query", () => {
    expect(searchGlossary(glossary, "  ")).toHaveLength(glossary.length);
  });

  it("matches Arabic the way the engine normalizes it", () => {
    const hits = searchGlossary(glossary, "الليبي");
    expect(hits.map((g) => g.entry.id)).toContain("lna-libyan-army");
    for (const g of hits) expect(g.entry.forms.some((f) => normalizeWords(f).includes("لليبي"))).toBe(true);
    // Typed with final ى, as Youm7 writes it.
    expect(searchGlossary(glossary, "الليبى").map((g) => g.entry.id)).toEqual(hits.map((g) => g.entry.id));
    // Without the tanwin the lexicon writes.
    const terrorists = searchGlossary(glossary, "إرهابيًا").map((g) => g.entry.id);
    expect(terrorists).toContain("dmsc-terrorists");
    expect(searchGlossary(glossary, "ارهابيا").map((g) => g.entry.id)).toEqual(terrorists);
  });

  it("needs every word of a multi-word query, in the gloss, the note or the id", () => {
    const hits = searchGlossary(glossary, "Libyan ARMY").map((g) => g.entry.id);
    expect(hits).toContain("lna-libyan-army");
    expect(hits).not.toContain("lna-haftar-forces");
    expect(searchGlossary(glossary, "libyan zzzz")).toEqual([]);
    expect(searchGlossary(glossary, "caliphate").map((g) => g.entry.id)).toContain("caliphate");
  });

  it("finds an entry written as a pattern by any form it generates", () => {
    // foreign-emirati is written إمارات{n}; إماراتيات is one of the forms it generates.
    expect(searchGlossary(glossary, "إماراتيات").map((g) => g.entry.id)).toContain("foreign-emirati");
    expect(glossarySearchText({ id: "x", forms: ["متطرف{pa}"], gloss: "", note: "" })).toContain("متطرفين");
  });

  it("builds the search text from forms, gloss, note and id", () => {
    const text = glossarySearchText({ id: "a-b", forms: ["إرهابيًا"], gloss: "Terrorist", note: "Why." });
    expect(text).toContain("ارهابيا");
    expect(text).toContain("terrorist");
    expect(text).toContain("a b");
  });
});

describe("glossaryCountHref", () => {
  it("narrows the table to the entry's body mentions in one outlet", () => {
    expect(glossaryCountHref("derna", "lna-libyan-army", "youm7")).toBe(
      "/cases/derna/terms?entry=lna-libyan-army&outlet=youm7&chrome=hide#mentions",
    );
  });
});
