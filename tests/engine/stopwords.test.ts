// @vitest-environment node
import { describe, expect, it } from "vitest";
import { normalizeWords } from "@/lib/engine/normalize";
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS, STOPWORDS } from "@/lib/engine/stopwords";

describe("stopwords", () => {
  it("holds only single normalized words, as the tokenizer produces them", () => {
    for (const word of STOPWORDS) expect(normalizeWords(word)).toBe(word);
  });

  it("holds the Arabic function words of news text in normalized form, however a site spells them", () => {
    for (const word of ["في", "فى", "إلى", "إلي", "على", "التي", "التى", "الذي", "هذه", "منذ", "خلال", "بين", "كان", "قد"]) {
      expect(ARABIC_STOPWORDS.has(normalizeWords(word))).toBe(true);
    }
  });

  it("holds them with the proclitic و, and the common ones with ف", () => {
    for (const word of ["وفي", "ومن", "وقد", "والتي", "وإلى", "فإن", "فلا"]) expect(ARABIC_STOPWORDS.has(normalizeWords(word))).toBe(true);
  });

  it("holds the words every report is full of: reporting verbs and nouns, and time words", () => {
    for (const word of ["قال", "وأضاف", "مشيرا", "مصادر", "المتحدث", "الأيام", "أمس", "الماضي"]) expect(ARABIC_STOPWORDS.has(normalizeWords(word))).toBe(true);
    for (const word of ["said", "according", "yesterday"]) expect(ENGLISH_STOPWORDS.has(word)).toBe(true);
  });

  it("leaves the content words that frame a story countable", () => {
    for (const word of ["الجيش", "الليبي", "حفتر", "درنة", "الإرهابيين", "تطهير", "فقد"]) expect(STOPWORDS.has(normalizeWords(word))).toBe(false);
  });

  it("holds the English list in lower case", () => {
    expect(ENGLISH_STOPWORDS.has("the")).toBe(true);
    expect(STOPWORDS.has("between")).toBe(true);
    expect(STOPWORDS.has("army")).toBe(false);
  });
});
