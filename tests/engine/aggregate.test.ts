// @vitest-environment node
import { describe, expect, it } from "vitest";
import { countMentions, ratePer1000Words, sumCounts, type Mention } from "@/lib/engine";

// As the engine gives it, a mention refers to the actor its label names unless told otherwise.
const mention = (overrides: Partial<Mention>): Mention => ({
  start: 0, end: 1, text: "x", entry: "e", actor: null, category: "liberation", stance: null, event: null, referent: overrides.actor ?? null, voice: "outlet", quoted: false, chrome: false, ...overrides,
});

describe("countMentions", () => {
  it("should not fail on an article with no mention", () => {
    expect(countMentions({ words: 0, mentions: [] })).toEqual({ words: 0, mentions: 0, byCategory: {}, byActor: {} });
  });

  it("never counts a plain name (no category) as framing", () => {
    const counts = countMentions({ words: 100, mentions: [mention({ category: null, actor: "haftar", stance: null }), mention({ category: "assault" })] });
    expect(counts).toEqual({ words: 100, mentions: 1, byCategory: { assault: 1 }, byActor: {} });
  });

  it("counts per category and per actor × stance", () => {
    const counts = countMentions({
      words: 500,
      mentions: [
        mention({ category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
        mention({ category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
        mention({ category: "delegitimization", actor: "lna", stance: "delegitimizing" }),
        mention({ category: "liberation" }),
      ],
    });
    expect(counts.mentions).toBe(4);
    expect(counts.byCategory).toEqual({ "state-legitimacy": 2, delegitimization: 1, liberation: 1 });
    expect(counts.byActor).toEqual({ lna: { legitimizing: 2, neutral: 0, delegitimizing: 1 } });
  });

  it("counts an actor label toward the actor it refers to, not the one it names", () => {
    const counts = countMentions({ words: 10, mentions: [mention({ category: "terrorism", actor: "isis", referent: "dmsc", stance: "delegitimizing" })] });
    expect(counts.byActor).toEqual({ dmsc: { legitimizing: 0, neutral: 0, delegitimizing: 1 } });
  });

  it("leaves mentions in page chrome out of every count", () => {
    const counts = countMentions({ words: 10, mentions: [mention({ chrome: true, actor: "isis", stance: "delegitimizing" })] });
    expect(counts).toEqual({ words: 10, mentions: 0, byCategory: {}, byActor: {} });
  });
});

describe("sumCounts", () => {
  it("adds up an outlet's articles", () => {
    const a = countMentions({ words: 100, mentions: [mention({ actor: "lna", stance: "neutral", category: "state-legitimacy" })] });
    const b = countMentions({ words: 300, mentions: [mention({ actor: "lna", stance: "neutral", category: "state-legitimacy" }), mention({})] });
    expect(sumCounts([a, b])).toEqual({
      words: 400,
      mentions: 3,
      byCategory: { "state-legitimacy": 2, liberation: 1 },
      byActor: { lna: { legitimizing: 0, neutral: 2, delegitimizing: 0 } },
    });
  });

  it("gives zero counts for no articles", () => {
    expect(sumCounts([])).toEqual({ words: 0, mentions: 0, byCategory: {}, byActor: {} });
  });
});

describe("ratePer1000Words", () => {
  it("scales counts to 1,000 body words, to one decimal", () => {
    expect(ratePer1000Words({ words: 395, mentions: 3, byCategory: { terrorism: 3 }, byActor: {} })).toEqual({ terrorism: 7.6 });
  });

  it("gives 0, not Infinity, for an article with no words", () => {
    expect(ratePer1000Words({ words: 0, mentions: 0, byCategory: { terrorism: 0 }, byActor: {} })).toEqual({ terrorism: 0 });
  });
});
