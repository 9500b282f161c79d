import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { caseStudyFromDraft, draftFromExchange, uniqueSlug } from "@/lib/editor/draft";

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
