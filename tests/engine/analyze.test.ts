// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const lexicon = compileLexicon([
  term("lna-libyan-army", ["الجيش الليبي"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("cleansing", ["تطهير"], { category: "liberation", event: "assault-2018" }),
  term("haftar-name", ["حفتر"], { category: "state-legitimacy", actor: "haftar", stance: "neutral" }),
  term("english-storm", ["storm", "storming"]),
]);

describe("analyze", () => {
  it("should not fail on an empty text", () => {
    expect(analyze("", lexicon)).toEqual({ words: 0, mentions: [], segments: [{ kind: "body", start: 0, end: 0 }] });
  });

  it("counts body words and reports every mention with the contract's fields", () => {
    const text = "الجيش الليبي يقترب من “تطهير” درنة";
    const result = analyze(text, lexicon);
    expect(result.words).toBe(6);
    expect(result.mentions[1]).toEqual({
      start: 23,
      end: 28,
      text: "تطهير",
      entry: "cleansing",
      actor: null,
      referent: null,
      category: "liberation",
      stance: null,
      event: "assault-2018",
      voice: "distanced",
      quoted: true,
      chrome: false,
    });
  });

  it("keeps mentions in page chrome, flagged, and leaves chrome words out of the count", () => {
    const text = "حفتر يتقدم\n\nاقرأ أيضًا: حفتر يقترب من درنة\n";
    const result = analyze(text, lexicon);
    expect(result.mentions.map((m) => m.chrome)).toEqual([false, true]);
    expect(result.words).toBe(2);
  });

  it("uses the chrome lines it is given for this text", () => {
    const text = "الجيش الليبي في الصورة\nالجيش الليبي يتقدم";
    const result = analyze(text, lexicon, { chromeLines: ["الجيش الليبي في الصورة"] });
    expect(result.mentions.map((m) => m.chrome)).toEqual([true, false]);
  });

  it("finds Arabic terms inside mixed Latin/Arabic lines, with offsets into the raw text", () => {
    const text = "Reuters: Haftar (حفتر) said الجيش الليبي will enter Derna";
    const result = analyze(text, lexicon);
    expect(result.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["حفتر", "الجيش الليبي"]);
  });

  it("matches English terms whatever their case", () => {
    expect(analyze("Storming Derna: the STORM begins", lexicon).mentions.map((m) => m.text)).toEqual(["Storming", "STORM"]);
  });

  it("copes with a megabyte of text with no spaces: one word, no mention", () => {
    const result = analyze("ت".repeat(1_000_000), lexicon);
    expect(result).toMatchObject({ words: 1, mentions: [] });
  });

  it("ignores lone combining marks, and keeps a mark after a term inside its span", () => {
    const text = "\u064e \u0651 حفترُ";
    const [mention] = analyze(text, lexicon).mentions;
    expect(mention?.text).toBe("حفترُ");
    expect(analyze("\u064e\u0651\u0652", lexicon)).toMatchObject({ words: 0, mentions: [] });
  });

  it("returns offsets such that text.slice(start, end) is the mention's text, even with CRLF line ends", () => {
    const text = "الجيش\r\nالليبي\r\nيقترب من تطهير";
    for (const m of analyze(text, lexicon).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(analyze(text, lexicon).mentions).toHaveLength(2);
  });

  it("gives no mention for an entry that names no one and frames nothing, but lets it keep its words from a shorter entry", () => {
    const withOutsider = compileLexicon([
      term("fighting", ["المقاتلة"], { category: "assault" }),
      term("outside-group", ["الجماعة المقاتلة"], { category: null, actor: null }),
    ]);
    expect(analyze("انضم إلى الجماعة المقاتلة قديما", withOutsider).mentions).toEqual([]);
    expect(analyze("وصلت الطائرات المقاتلة", withOutsider).mentions.map((m) => m.entry)).toEqual(["fighting"]);
  });
});
