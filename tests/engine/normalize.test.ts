// @vitest-environment node
import { describe, expect, it } from "vitest";
import { DROPPED, QUOTE, SPACE, isWordCode, normalize, normalizeCode, normalizeWords } from "@/lib/engine/normalize";

const code = (char: string) => normalizeCode(char.charCodeAt(0));

describe("normalizeCode", () => {
  it("drops diacritics, tanween, shadda, the superscript alef and tatweel", () => {
    for (const mark of ["\u064e", "\u064b", "\u0651", "\u0652", "\u0670", "\u0640"]) expect(code(mark)).toBe(DROPPED);
  });

  it("unifies every alef with hamza, madda or wasla to a bare alef", () => {
    for (const alef of ["أ", "إ", "آ", "ٱ"]) expect(code(alef)).toBe("ا".charCodeAt(0));
  });

  it("reads Youm7's final alef maqsura as yaa, ta marbuta as ha, and hamza seats as their letter", () => {
    expect(code("ى")).toBe("ي".charCodeAt(0));
    expect(code("ة")).toBe("ه".charCodeAt(0));
    expect(code("ؤ")).toBe("و".charCodeAt(0));
    expect(code("ئ")).toBe("ي".charCodeAt(0));
  });

  it("turns Arabic-Indic and Eastern digits into ASCII digits", () => {
    expect(code("٣")).toBe("3".charCodeAt(0));
    expect(code("۸")).toBe("8".charCodeAt(0));
  });

  it("folds every quotation mark into one, and the Arabic commas into a comma", () => {
    for (const mark of ['"', "“", "”", "«", "»", "'"]) expect(code(mark)).toBe(QUOTE);
    expect(code("،")).toBe(",".charCodeAt(0));
    expect(code("٬")).toBe(",".charCodeAt(0));
  });

  it("treats line breaks, non-breaking spaces, underscores and hashes as spaces", () => {
    for (const space of ["\n", "\r", "\t", "\u00a0", "_", "#"]) expect(code(space)).toBe(SPACE);
  });

  it("lower-cases Latin letters so English text matches whatever its case", () => {
    expect(code("H")).toBe("h".charCodeAt(0));
  });
});

describe("isWordCode", () => {
  it("counts Arabic letters, Latin letters and digits as word characters, and nothing else", () => {
    expect(["د", "ه", "a", "7"].every((c) => isWordCode(code(c)))).toBe(true);
    expect([" ", ",", "“", "-", "(", "."].some((c) => isWordCode(code(c)))).toBe(false);
  });
});

describe("normalize", () => {
  it("should not fail on an empty text", () => {
    expect(normalize("")).toEqual({ text: "", toRaw: Int32Array.from([0]) });
  });

  it("matches Youm7's spelling with the standard one", () => {
    expect(normalize("الجيش الوطنى الليبى").text).toBe(normalize("الجيش الوطني الليبي").text);
  });

  it("removes tanween without losing the word: إرهابيًا becomes ارهابيا", () => {
    expect(normalize("إرهابيًا").text).toBe("ارهابيا");
  });

  it("folds a run of spaces and line breaks into one space", () => {
    expect(normalize("قوات\n\n  حفتر").text).toBe("قوات حفتر");
  });

  it("maps every normalized character back to the raw character it came from", () => {
    const raw = "اعتقلت 21 إرهابيًا، بينهم";
    const { text, toRaw } = normalize(raw);
    const at = text.indexOf("ارهابيا");
    const rawStart = toRaw[at] ?? -1;
    const rawEnd = (toRaw[at + "ارهابيا".length - 1] ?? -1) + 1;
    expect(raw.slice(rawStart, rawEnd)).toBe("إرهابيًا");
    expect(toRaw[text.length]).toBe(raw.length);
  });

  it("keeps the map exact when marks are dropped inside words", () => {
    const raw = "أَلْجَيْشُ";
    const { text, toRaw } = normalize(raw);
    expect(text).toBe("الجيش");
    expect([...toRaw.slice(0, text.length)].map((i) => raw[i]).join("")).toBe("ألجيش");
  });
});

describe("normalizeWords", () => {
  it("reduces a phrase to its normalized words, without punctuation or quotes", () => {
    expect(normalizeWords("“تطهير”")).toBe("تطهير");
    expect(normalizeWords("#مجلس_شورى_درنة")).toBe("مجلس شوري درنه");
  });

  it("gives an empty string for a phrase with no letters or digits", () => {
    expect(normalizeWords(" — ، ")).toBe("");
  });
});
