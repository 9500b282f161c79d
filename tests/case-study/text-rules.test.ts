// @vitest-environment node
import { describe, expect, it } from "vitest";
import { MAX_TEXT_BYTES, findForbiddenCharacter, findForbiddenStrings, isBlankText, utf8Length } from "@/lib/case-study/text-rules";

describe("the character rule", () => {
  it("finds a NUL and says its UTF-16 offset", () => {
    expect(findForbiddenCharacter("درنة\u0000x")).toEqual({ kind: "nul", offset: 4, codeUnit: "U+0000" });
  });

  it("finds a lone high or low surrogate, counting an emoji before it as two code units", () => {
    expect(findForbiddenCharacter("a\ud800b")).toEqual({ kind: "surrogate", offset: 1, codeUnit: "U+D800" });
    expect(findForbiddenCharacter("😀\udc00")).toEqual({ kind: "surrogate", offset: 2, codeUnit: "U+DC00" });
    expect(findForbiddenCharacter("end\udbff")).toEqual({ kind: "surrogate", offset: 3, codeUnit: "U+DBFF" });
  });

  it("allows everything a database keeps exactly: emoji, a byte-order mark, joiners, direction marks, U+0085, U+FFFE", () => {
    for (const text of ["😀👩‍👩‍👧", "\ufeffدرنة", "a\u200db", "\u200f\u202bنص\u202c", "line\u0085next", "\ufffe\uffff", "e\u0301"]) {
      expect(findForbiddenCharacter(text)).toBeNull();
    }
  });

  it("names the path of every offending string inside an entry", () => {
    const entry = { id: "x", name: { en: "ok", ar: "bad\u0000" }, forms: ["fine", "\ud83d"], seenIn: [{ outlet: "n\u0000", year: 2018 }] };
    expect(findForbiddenStrings(entry).map(({ path, offset }) => ({ path, offset }))).toEqual([
      { path: ["name", "ar"], offset: 3 },
      { path: ["forms", 1], offset: 0 },
      { path: ["seenIn", 0, "outlet"], offset: 1 },
    ]);
  });
});

describe("a blank text", () => {
  it("is one made only of invisible format characters and spaces", () => {
    for (const text of ["", "   ", "\u200b", "\u200c\u200d", "\u200e\u200f", "\ufeff", "\u00a0\n\t", "\u2060", "\u00ad", "\u061c\u202a\u202c", "\u200b \u00a0 \u200f"]) {
      expect(isBlankText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("is not one with a single visible letter, digit or mark", () => {
    for (const text of ["a", "\u200bب\u200b", "1", "\u00a0.", "😀"]) expect(isBlankText(text), JSON.stringify(text)).toBe(false);
  });
});

describe("the size of a text", () => {
  it("is counted in bytes of UTF-8, as TextEncoder writes them", () => {
    for (const text of ["abc", "درنة", "😀e\u0301", "\ufeff\u0085", "x".repeat(1000)]) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it("is limited to 1 MiB per article", () => {
    expect(MAX_TEXT_BYTES).toBe(1_048_576);
  });
});
