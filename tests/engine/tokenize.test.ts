// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tokenText, tokenize } from "@/lib/engine/tokenize";

const words = (raw: string) => {
  const tokens = tokenize(raw);
  return Array.from({ length: tokens.count }, (_, i) => tokenText(tokens, i));
};

describe("tokenize", () => {
  it("should not fail on an empty text", () => {
    expect(tokenize("").count).toBe(0);
  });

  it("splits Arabic text into normalized words with their raw offsets", () => {
    const raw = "يواصل الجيش الوطنى الليبى انتصاراته";
    const tokens = tokenize(raw);
    expect(words(raw)).toEqual(["يواصل", "الجيش", "الوطني", "الليبي", "انتصاراته"]);
    expect(raw.slice(tokens.rawStart[3], tokens.rawEnd[3])).toBe("الليبى");
  });

  it("splits on punctuation, quotes, the Arabic comma and hyphens", () => {
    expect(words("باشا-بنغازي، “تطهير” (الجزيرة)")).toEqual(["باشا", "بنغازي", "تطهير", "الجزيره"]);
  });

  it("keeps a word whole across tatweel and diacritics, and the span covers trailing marks", () => {
    const raw = "لـ3 إرهابيًّا";
    const tokens = tokenize(raw);
    expect(words(raw)).toEqual(["ل3", "ارهابيا"]);
    expect(raw.slice(tokens.rawStart[1], tokens.rawEnd[1])).toBe("إرهابيًّا");
  });

  it("marks which words only white space separates from the word before", () => {
    const tokens = tokenize("قوات\n  حفتر، قوات");
    expect([...tokens.joined.slice(0, 3)]).toEqual([0, 1, 0]);
  });

  it("keeps a word in scare quotes joined to the phrase around it, as the space beside the quotes does", () => {
    const tokens = tokenize('مسلحي "القاعدة" و«داعش» هنا، "قال"');
    // مسلحي "القاعدة" و «داعش» هنا ، "قال": the comma still breaks the line of words.
    expect([...tokens.joined.slice(0, 6)]).toEqual([0, 1, 1, 0, 1, 0]);
  });

  it("joins words split by one bare hyphen (pro-government), not by a spaced dash", () => {
    const tokens = tokenize("pro-government forces هي الأخرى- تسيطر");
    expect([...tokens.joined.slice(0, 6)]).toEqual([0, 1, 1, 1, 1, 0]);
  });

  it("records a final ta marbuta, so ة is never taken for the pronoun ه", () => {
    const tokens = tokenize("الدولة قواته");
    expect([...tokens.endsInTaMarbuta.slice(0, 2)]).toEqual([1, 0]);
  });

  it("ignores lone combining marks that belong to no word", () => {
    expect(words("\u064e\u0651 \u0652")).toEqual([]);
  });

  it("treats a megabyte with no spaces as one word", () => {
    const raw = "ب".repeat(1_000_000);
    const tokens = tokenize(raw);
    expect(tokens.count).toBe(1);
    expect(tokens.rawEnd[0]).toBe(1_000_000);
  });
});
