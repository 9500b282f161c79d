// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { buildArticleLabels, tallyActors, tallyCategories } from "@/lib/comparison/article-labels";
import { COMPARE_LIMITS, parseCompareSelection, pickContrastingPair } from "@/lib/comparison/compare-selection";
import { matchesFocus, parseFocus } from "@/lib/comparison/focus";

const analysis = analyzeCaseStudy(getBundledCaseStudy());
const { lexicon } = analysis.caseStudy;
const article = (id: string) => analysis.articles.find((a) => a.article.id === id)!;
const actorIds = analysis.caseStudy.actors.map((a) => a.id);

describe("parseFocus", () => {
  it("should single out nothing when the URL names nothing", () => {
    expect(parseFocus({ actor: null, category: null }, actorIds)).toEqual({ focus: null, unknown: null });
  });

  it("should report an actor or a category the case study does not have", () => {
    expect(parseFocus({ actor: "nobody", category: null }, actorIds)).toEqual({ focus: null, unknown: { kind: "actor", id: "nobody" } });
    expect(parseFocus({ actor: null, category: "gossip" }, actorIds)).toEqual({ focus: null, unknown: { kind: "category", id: "gossip" } });
  });

  it("should prefer the actor when the URL names both", () => {
    expect(parseFocus({ actor: "lna", category: "terrorism" }, actorIds).focus).toEqual({ kind: "actor", id: "lna" });
    expect(parseFocus({ actor: null, category: "terrorism" }, actorIds).focus).toEqual({ kind: "category", id: "terrorism" });
  });

  it("should match a mention by the actor it refers to or by its category", () => {
    expect(matchesFocus({ referent: "lna", category: "state-legitimacy" }, { kind: "actor", id: "lna" })).toBe(true);
    expect(matchesFocus({ referent: null, category: "assault" }, { kind: "actor", id: "lna" })).toBe(false);
    expect(matchesFocus({ referent: null, category: "assault" }, { kind: "category", id: "assault" })).toBe(true);
  });
});

describe("buildArticleLabels", () => {
  it("should give nothing for an actor the article never names", () => {
    expect(buildArticleLabels(article("youm7-2018-06"), lexicon, { kind: "actor", id: "uae" })).toEqual([]);
  });

  it("should list Youm7's labels for the LNA, most used first, with the spelling it used", () => {
    const labels = buildArticleLabels(article("youm7-2018-06"), lexicon, { kind: "actor", id: "lna" });
    expect(labels[0]).toMatchObject({ entry: "lna-libyan-army", form: "الجيش الليبى", gloss: "the Libyan army", stance: "legitimizing" });
    // Every framing label is legitimizing; the plain name عملية الكرامة (Operation Dignity) frames nothing.
    expect(labels.filter((l) => l.category !== null).every((l) => l.stance === "legitimizing")).toBe(true);
    expect(labels.filter((l) => l.category === null).map((l) => l.entry)).toEqual(["lna-operation-dignity"]);
    for (let i = 1; i < labels.length; i++) expect(labels[i - 1]!.count).toBeGreaterThanOrEqual(labels[i]!.count);
  });

  it("should count body mentions only, and agree with the article's mentions", () => {
    const aljazeera = article("aljazeera-2016-04");
    const labels = buildArticleLabels(aljazeera, lexicon, { kind: "category", id: "terrorism" });
    const body = aljazeera.mentions.filter((m) => m.category === "terrorism" && !m.chrome);
    expect(labels.reduce((n, l) => n + l.count, 0)).toBe(body.length);
    for (const label of labels) {
      const first = body.find((m) => m.entry === label.entry)!;
      expect(label.first).toBe(first.start);
    }
  });

  it("should call Haftar's forces by delegitimizing names in Al Jazeera's 2018 article", () => {
    const labels = buildArticleLabels(article("aljazeera-2018-02"), lexicon, { kind: "actor", id: "lna" });
    expect(labels.map((l) => l.entry)).toContain("lna-haftar-forces");
    expect(labels.every((l) => l.stance === "delegitimizing")).toBe(true);
  });
});

describe("tallyCategories and tallyActors", () => {
  it("should tally body and chrome mentions apart, in the taxonomy's order, present categories only, plain names in none", () => {
    const tallies = tallyCategories(article("aljazeera-2016-04").mentions);
    // Al Jazeera 2016 names the Islamic State but never calls anyone a terrorist: no terrorism tally.
    expect(tallies.map((t) => t.category)).toEqual(["extremism", "state-legitimacy", "liberation", "assault", "civilian-harm", "religious-ideological"]);
    const total = tallies.reduce((n, t) => n + t.body + t.chrome, 0);
    expect(total).toBe(article("aljazeera-2016-04").mentions.filter((m) => m.category !== null).length);
    expect(tallies.find((t) => t.category === "state-legitimacy")).toEqual({ category: "state-legitimacy", body: 0, chrome: 1 });
  });

  it("should list the actors an article's body labels", () => {
    expect(tallyActors(article("aljazeera-2016-04").mentions, actorIds).map((t) => t.actor)).toEqual(["dmsc", "isis", "civilians"]);
  });
});

describe("parseCompareSelection", () => {
  it("should show the most contrasting pair when the URL names no article", () => {
    expect(parseCompareSelection(undefined, analysis)).toEqual({ ok: true, articleIds: pickContrastingPair(analysis), isDefault: true });
  });

  it("should keep the URL's order and accept a repeated parameter", () => {
    expect(parseCompareSelection("youm7-2018-06,qposts-2018-05", analysis)).toEqual({ ok: true, articleIds: ["youm7-2018-06", "qposts-2018-05"], isDefault: false });
    expect(parseCompareSelection(["youm7-2018-06", "qposts-2018-05"], analysis)).toMatchObject({ ok: true, articleIds: ["youm7-2018-06", "qposts-2018-05"] });
  });

  it("should refuse fewer than two articles, counting a repeated id once", () => {
    expect(parseCompareSelection("", analysis)).toEqual({ ok: false, problem: "too-few", count: 0, articleIds: [] });
    expect(parseCompareSelection("youm7-2018-06,youm7-2018-06", analysis)).toEqual({ ok: false, problem: "too-few", count: 1, articleIds: ["youm7-2018-06"] });
  });

  it("should refuse more than four articles", () => {
    const all = analysis.articles.map((a) => a.article.id);
    expect(all.length).toBeGreaterThan(COMPARE_LIMITS.max);
    expect(parseCompareSelection(all.join(","), analysis)).toMatchObject({ ok: false, problem: "too-many", count: all.length });
  });

  it("should name the ids it does not know", () => {
    expect(parseCompareSelection("youm7-2018-06,bbc-2018", analysis)).toEqual({ ok: false, problem: "unknown", unknown: ["bbc-2018"], articleIds: ["youm7-2018-06"] });
  });
});

describe("pickContrastingPair", () => {
  it("should pick Youm7 and Al Jazeera's 2018 article, whose labels for the LNA pull furthest apart", () => {
    expect(pickContrastingPair(analysis)).toEqual(["aljazeera-2018-02", "youm7-2018-06"]);
  });

  it("should never pair two articles of the same outlet", () => {
    const [a, b] = pickContrastingPair(analysis).map((id) => article(id).article.outlet.id);
    expect(a).not.toBe(b);
  });
});
