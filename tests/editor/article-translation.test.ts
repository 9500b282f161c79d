import { describe, expect, it } from "vitest";
import { MAX_TEXT_BYTES } from "@/lib/case-study/text-rules";
import { alignParagraphs } from "@/lib/case-study/paragraph-alignment";
import { buildTranslation, checkTranslationInput, framelensOutOfStep, inputFromTranslation, translationParagraphs } from "@/lib/editor/article-translation";

const ENTRIES = new Set(["haftar-forces"]);
const long = (words: number, word = "word") => Array.from({ length: words }, () => word).join(" ");

describe("A user's translation in the article form", () => {
  it("should read one paragraph per non-blank line, as the original's body is read", () => {
    expect(translationParagraphs("First paragraph.\r\n\n   \nSecond paragraph.  \n")).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("should be the editor's own once typed, and no translation at all when left empty", () => {
    expect(buildTranslation("a-1", { headline: " A headline ", text: "One.\n\nTwo." })).toEqual({ article: "a-1", headline: "A headline", subheadline: null, paragraphs: ["One.", "Two."], by: "editor" });
    expect(buildTranslation("a-1", { headline: " ", text: "\n \n" })).toBeNull();
  });

  it("should stay Framelens's translation when the fields still say what it says", () => {
    const framelens = { article: "a-1", headline: "Headline", subheadline: null, paragraphs: ["The [[Haftar forces|haftar-forces]] advanced."] };
    const input = inputFromTranslation(framelens);
    expect(input.text).toBe("The [[Haftar forces|haftar-forces]] advanced.");
    expect(buildTranslation("a-1", input, framelens)).toEqual(framelens);
    expect(buildTranslation("a-1", { ...input, text: "Haftar's forces advanced." }, framelens)?.by).toBe("editor");
  });

  it("should hold back a translation by Framelens left as it was while the text's paragraphs changed in number", () => {
    const framelens = { article: "a-1", headline: null, subheadline: null, paragraphs: ["One.", "Two."] };
    const input = inputFromTranslation(framelens);
    expect(framelensOutOfStep(input, framelens, 2)).toBe(false);
    expect(framelensOutOfStep(input, framelens, 3)).toBe(true);
    expect(framelensOutOfStep({ ...input, text: "One.\n\nTwo.\n\nThree." }, framelens, 3)).toBe(false);
    expect(framelensOutOfStep(input, { ...framelens, by: "editor" }, 3)).toBe(false);
    expect(framelensOutOfStep({ headline: "", text: "" }, framelens, 3)).toBe(false);
  });

  it("should name a translation over the article's size limit, a forbidden character and an unreadable mark", () => {
    expect(checkTranslationInput({ headline: "", text: "The [[Haftar forces|haftar-forces]] advanced." }, ENTRIES)).toEqual([]);
    expect(checkTranslationInput({ headline: "", text: "x".repeat(MAX_TEXT_BYTES + 1) }, ENTRIES)).toEqual(["translationSize"]);
    expect(checkTranslationInput({ headline: "bad\u0000", text: "fine" }, ENTRIES)).toEqual(["translationCharacter"]);
    expect(checkTranslationInput({ headline: "", text: "The [[Haftar forces|no-such-entry]] advanced." }, ENTRIES)).toEqual(["translationMark"]);
    expect(checkTranslationInput({ headline: "", text: "The [[Haftar forces advanced." }, ENTRIES)).toEqual(["translationMark"]);
  });
});

describe("The alignment of a translation with its original", () => {
  it("should pair paragraphs by position and find nothing out of step when the counts agree", () => {
    const alignment = alignParagraphs(["أ", "ب"], ["A", "B"]);
    expect(alignment.outOfStepFrom).toBeNull();
    expect(alignment.pairs).toEqual([
      { number: 1, original: "أ", translation: "A" },
      { number: 2, original: "ب", translation: "B" },
    ]);
  });

  it("should say the first paragraph past the shorter side when nothing else stands out", () => {
    const original = [long(20, "كلمة"), long(30, "كلمة"), long(25, "كلمة")];
    const alignment = alignParagraphs(original, [long(20), long(30)]);
    expect(alignment).toMatchObject({ originalCount: 3, translationCount: 2, outOfStepFrom: 3 });
    expect(alignment.pairs[2]).toEqual({ number: 3, original: original[2], translation: null });
  });

  it("should point at the first pair whose lengths stray far apart, where a paragraph was skipped", () => {
    const original = [long(20, "كلمة"), long(20, "كلمة"), long(20, "كلمة"), long(20, "كلمة"), long(80, "كلمة"), long(20, "كلمة"), long(20, "كلمة")];
    // The translation skips the fifth, long paragraph: from there each English paragraph sits beside the wrong one.
    const translation = [long(20), long(20), long(20), long(20), long(20), long(20)];
    expect(alignParagraphs(original, translation).outOfStepFrom).toBe(5);
  });
});
