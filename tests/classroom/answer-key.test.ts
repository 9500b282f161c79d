// @vitest-environment node
import { describe, expect, it } from "vitest";
import { answerKeyVersion, buildAnswerKey } from "@/lib/classroom/answer-key";
import { buildExerciseText } from "@/lib/classroom/exercise-text";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const analysis = getBundledCaseAnalysis("derna")!;
const { lexicon } = analysis.caseStudy;
const article = (id: string) => analysis.articles.find((a) => a.article.id === id)!;

describe("buildAnswerKey", () => {
  it("should give an empty key for a text with no mentions", () => {
    expect(buildAnswerKey([], lexicon)).toEqual({ terms: [], entries: {} });
  });

  it("should keep the body's framing mentions and leave page chrome and plain names out", () => {
    // Al Jazeera 2016 has 24 mentions in its page chrome (related links, a photo caption) and 35 in its body, of
    // which 26 are plain names (the Islamic State, the Shura Council and their short forms, the residents) that frame nothing;
    // the civilian it reports killed (قتل مدني) is harm done to the civilians.
    const { mentions } = article("aljazeera-2016-04");
    const key = buildAnswerKey(mentions, lexicon);
    expect(mentions.filter((m) => m.chrome)).toHaveLength(24);
    expect(mentions.filter((m) => !m.chrome)).toHaveLength(35);
    expect(key.terms).toHaveLength(9);
    expect(key.terms.map((t) => t.start)).toEqual(mentions.filter((m) => !m.chrome && m.category !== null).map((m) => m.start));
  });

  it("should give each term its text, entry, category and quotedness as the engine found them", () => {
    const key = buildAnswerKey(article("libya24-2018-06").mentions, lexicon);
    const text = article("libya24-2018-06").article.text;
    expect(key.terms.slice(0, 3)).toEqual([
      { start: 4, end: 11, text: "محاصرته", entry: "siege", category: "assault", quoted: false },
      { start: 26, end: 35, text: "داعش درنة", entry: "isis-daesh-of-derna", category: "terrorism", quoted: false },
      { start: 159, end: 177, text: "الجماعات الإرهابية", entry: "dmsc-terrorist-groups", category: "terrorism", quoted: false },
    ]);
    for (const t of key.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("should carry a quoted term as quoted", () => {
    // Qposts's headline puts “تطهير” in quotation marks.
    const key = buildAnswerKey(article("qposts-2018-05").mentions, lexicon);
    const quoted = key.terms.find((t) => t.text === "تطهير" && t.quoted);
    expect(quoted).toBeDefined();
  });

  it("should explain every entry with the glossary's gloss and notes (English and Arabic), once per entry", () => {
    const key = buildAnswerKey(article("libya24-2018-06").mentions, lexicon);
    const entryIds = new Set(key.terms.map((t) => t.entry));
    expect(Object.keys(key.entries).sort()).toEqual([...entryIds].sort());
    const siege = lexicon.find((e) => e.id === "siege")!;
    expect(key.entries.siege).toEqual({
      id: "siege",
      gloss: siege.gloss,
      category: "assault",
      actor: siege.actor,
      stance: siege.stance,
      event: siege.event,
      note: siege.note,
      note_ar: siege.note_ar,
    });
  });
});

describe("buildExerciseText", () => {
  it("should leave page chrome lines out and count them", () => {
    const { article: a, segments } = article("libya24-2018-06");
    const { lines, chromeLines } = buildExerciseText(a.text, segments);
    // Its page chrome: "12" under the headline, and "AfterPost" and "مقالات ذات صلة" (related
    // articles) at the end.
    expect(chromeLines).toBe(3);
    expect(lines.length + chromeLines).toBe(a.text.split("\n").filter((l) => l.trim() !== "").length);
    expect(lines.map((l) => l.text)).not.toContain("12");
    expect(lines[0]!.text).toBe("بعد محاصرته ثلاث سنوات .. داعش درنة يسقط في لحظة");
    expect(lines[0]!.words.map((w) => a.text.slice(w.start, w.end))).toEqual(["بعد", "محاصرته", "ثلاث", "سنوات", "داعش", "درنة", "يسقط", "في", "لحظة"]);
  });

  it("should put every reference term of every Derna article on word boundaries", () => {
    // A student marks whole words; if a term started or ended inside a word, it could never be
    // marked exactly.
    for (const { article: a, segments, mentions } of analysis.articles) {
      const words = buildExerciseText(a.text, segments).lines.flatMap((l) => l.words);
      const starts = new Set(words.map((w) => w.start));
      const ends = new Set(words.map((w) => w.end));
      for (const term of buildAnswerKey(mentions, lexicon).terms) {
        expect(starts.has(term.start), `${a.id} ${term.text} starts on a word`).toBe(true);
        expect(ends.has(term.end), `${a.id} ${term.text} ends on a word`).toBe(true);
      }
    }
  });
});

describe("answerKeyVersion", () => {
  it("should stay the same for the same text and lexicon", () => {
    const text = article("youm7-2018-06").article.text;
    expect(answerKeyVersion(text, lexicon)).toBe(answerKeyVersion(text, structuredClone(lexicon)));
    expect(answerKeyVersion(text, lexicon)).toMatch(/^[0-9a-f]{8}$/);
  });

  it("should change when the lexicon or the text changes", () => {
    const text = article("youm7-2018-06").article.text;
    const edited = lexicon.map((e, i) => (i === 0 ? { ...e, forms: [...e.forms, "صيغة جديدة"] } : e));
    expect(answerKeyVersion(text, edited)).not.toBe(answerKeyVersion(text, lexicon));
    expect(answerKeyVersion(`${text} `, lexicon)).not.toBe(answerKeyVersion(text, lexicon));
  });
});
