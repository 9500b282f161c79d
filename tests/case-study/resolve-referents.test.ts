// @vitest-environment node
import { describe, expect, it } from "vitest";
import { resolveReferents, ruleCoversArticle, type ArticleScope } from "@/lib/case-study/resolve-referents";
import type { CuratorNote, ReferentRule } from "@/lib/case-study/schema";
import type { Mention } from "@/lib/engine";

// A made-up paper that calls the city's defenders "the caliphate's men" in 2018.
const ARTICLE: ArticleScope = { id: "east-2018", outlet: "east", date: "2018-06", events: ["assault"] };

function mention(start: number, end: number, entry: string, actor: string | null): Mention {
  return { start, end, text: "x".repeat(end - start), entry, actor, referent: actor, category: "terrorism", stance: "delegitimizing", event: null, voice: "outlet", quoted: false, chrome: false };
}

function rule(over: Partial<ReferentRule> = {}): ReferentRule {
  return { id: "caliphate-means-defenders", actor: "caliphate", referent: "defenders", note_en: "They are the defenders.", note_ar: "هم المدافعون.", ...over };
}

const NOTE: CuratorNote = { article: "east-2018", start: 10, end: 20, note_en: "The headline's word.", note_ar: "كلمة العنوان." };

describe("resolveReferents", () => {
  it("should let a label refer to what it names when no rule or note says otherwise", () => {
    const [resolved] = resolveReferents(ARTICLE, [mention(0, 5, "caliphate-men", "caliphate")], [], []);
    expect(resolved).toMatchObject({ actor: "caliphate", referent: "caliphate", referentRule: null, notes: [] });
  });

  it("should send a label of the rule's actor to the rule's referent, with the rule's note", () => {
    const [resolved] = resolveReferents(ARTICLE, [mention(0, 5, "caliphate-men", "caliphate")], [rule({ articles: ["east-2018"] })], []);
    expect(resolved).toMatchObject({ actor: "caliphate", referent: "defenders", referentRule: "caliphate-means-defenders", notes: [{ en: "They are the defenders." }] });
  });

  it("should leave labels of other actors alone", () => {
    const [resolved] = resolveReferents(ARTICLE, [mention(0, 5, "army-national", "army")], [rule()], []);
    expect(resolved?.referent).toBe("army");
  });

  it("should leave a label of the rule's actor alone when the rule lists other entries", () => {
    // The article's history section names the real caliphate: only the headline word is re-read.
    const resolved = resolveReferents(ARTICLE, [mention(0, 5, "caliphate-men", "caliphate"), mention(30, 40, "caliphate-state", "caliphate")], [rule({ entries: ["caliphate-men"] })], []);
    expect(resolved.map((m) => m.referent)).toEqual(["defenders", "caliphate"]);
  });

  it("should read a rule for labels that name no actor only for the entries it lists", () => {
    const [terror, storming] = resolveReferents(ARTICLE, [mention(0, 5, "the-terrorists", null), mention(6, 9, "storming", null)], [rule({ actor: null, entries: ["the-terrorists"] })], []);
    expect(terror?.referent).toBe("defenders");
    expect(storming?.referent).toBeNull();
  });

  it("should apply a curator's note only to the occurrence at its exact offsets", () => {
    const resolved = resolveReferents(ARTICLE, [mention(10, 20, "caliphate-men", "caliphate"), mention(10, 25, "caliphate-men", "caliphate")], [], [{ ...NOTE, referent: "defenders" }]);
    expect(resolved[0]).toMatchObject({ referent: "defenders", notes: [{ en: "The headline's word." }] });
    expect(resolved[1]).toMatchObject({ referent: "caliphate", notes: [] });
  });

  it("should give a note's referent precedence over a rule's, and keep both notes, the rule's first", () => {
    const [resolved] = resolveReferents(ARTICLE, [mention(10, 20, "caliphate-men", "caliphate")], [rule()], [{ ...NOTE, referent: "army" }]);
    expect(resolved?.referent).toBe("army");
    expect(resolved?.notes.map((n) => n.en)).toEqual(["They are the defenders.", "The headline's word."]);
  });

  it("should ignore notes on other articles", () => {
    const [resolved] = resolveReferents(ARTICLE, [mention(10, 20, "caliphate-men", "caliphate")], [], [{ ...NOTE, article: "west-2016" }]);
    expect(resolved?.notes).toEqual([]);
  });
});

describe("ruleCoversArticle", () => {
  it("should cover every article when the rule narrows to nothing", () => {
    expect(ruleCoversArticle(rule(), ARTICLE)).toBe(true);
  });

  it("should cover only the articles it lists", () => {
    expect(ruleCoversArticle(rule({ articles: ["west-2016"] }), ARTICLE)).toBe(false);
  });

  it("should cover every article of the outlets it lists, in its years, about its event", () => {
    expect(ruleCoversArticle(rule({ outlets: ["east"], years: [2018], event: "assault" }), ARTICLE)).toBe(true);
    expect(ruleCoversArticle(rule({ outlets: ["west"] }), ARTICLE)).toBe(false);
    expect(ruleCoversArticle(rule({ years: [2016] }), ARTICLE)).toBe(false);
    expect(ruleCoversArticle(rule({ event: "expulsion" }), ARTICLE)).toBe(false);
  });
});
