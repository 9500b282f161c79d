// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { adoptLexicon, caseStudyFromDraft, draftFromExchange, uniqueSlug } from "@/lib/editor/draft";

describe("a case-study draft", () => {
  it("is the exchange file's case study without its id, and reads back to the same case study", () => {
    const derna = getBundledCaseStudy();
    const draft = draftFromExchange(exportCaseStudy(derna));
    expect("id" in draft).toBe(false);
    expect(caseStudyFromDraft("derna", draft)).toEqual(derna);
  });

  it("leaves out, when read as a case study, an article whose outlet does not exist", () => {
    const draft = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
    const orphan = { ...draft.articles[0]!, id: "orphan", outlet: "no-such-outlet" };
    const read = caseStudyFromDraft("x", { ...draft, articles: [...draft.articles, orphan] });
    expect(read.articles.map((a) => a.id)).not.toContain("orphan");
    expect(read.articles).toHaveLength(draft.articles.length);
  });
});

describe("a unique slug", () => {
  it("is the name in lower-case kebab-case", () => {
    expect(uniqueSlug("Libya Al-Ahrar TV", [], "outlet")).toBe("libya-al-ahrar-tv");
  });

  it("drops accents rather than the letters that carry them", () => {
    expect(uniqueSlug("Le Monde Diplomatique: Édition", [], "outlet")).toBe("le-monde-diplomatique-edition");
  });

  it("falls back to the given stem for a name in Arabic script only", () => {
    expect(uniqueSlug("قناة ليبيا", [], "outlet")).toBe("outlet");
  });

  it("gets a number when the id is taken, the first free one", () => {
    expect(uniqueSlug("Youm7", ["youm7", "youm7-2"], "outlet")).toBe("youm7-3");
  });
});

describe("adopting another case study's lexicon", () => {
  const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));

  it("takes its actors, events and entries, with no seeds (they name the other case's files)", () => {
    const own = { ...derna, actors: [], events: [], lexicon: [], articles: [] };
    const adopted = adoptLexicon(own, derna);
    expect(adopted.actors).toEqual(derna.actors);
    expect(adopted.events).toEqual(derna.events);
    expect(adopted.lexicon.map((e) => e.id)).toEqual(derna.lexicon.map((e) => e.id));
    expect(adopted.lexicon.every((e) => e.seeds.length === 0)).toBe(true);
  });

  it("keeps the events the draft's articles refer to, even when starting from an empty lexicon", () => {
    const adopted = adoptLexicon(derna, { actors: [], events: [], lexicon: [] });
    const referenced = new Set(derna.articles.flatMap((a) => a.events));
    expect(adopted.events.map((e) => e.id).sort()).toEqual([...referenced].sort());
    expect(adopted.lexicon).toEqual([]);
  });
});
