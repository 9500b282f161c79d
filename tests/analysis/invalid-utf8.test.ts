// @vitest-environment node
import { describe, expect, it } from "vitest";
import { decodeArticleFile, firstInvalidUtf8Byte } from "@/lib/analysis/contract";

const bytes = (...values: number[]) => Uint8Array.from(values);
// "ab" before every bad sequence, so the offset to find is 2, not the start or the end of the file.
const after = (...bad: number[]) => bytes(0x61, 0x62, ...bad, 0x63, 0x64);

describe("the first byte that is not UTF-8", () => {
  it.each([
    ["a surrogate encoded in UTF-8 (ED A0 80)", after(0xed, 0xa0, 0x80)],
    ["the last surrogate (ED BF BF)", after(0xed, 0xbf, 0xbf)],
    ["an overlong three-byte NUL (E0 80 80)", after(0xe0, 0x80, 0x80)],
    ["an overlong two-byte NUL (C0 80)", after(0xc0, 0x80)],
    ["an overlong two-byte sequence (C1 BF)", after(0xc1, 0xbf)],
    ["an overlong four-byte sequence (F0 80 80 80)", after(0xf0, 0x80, 0x80, 0x80)],
    ["a code point past U+10FFFF (F4 90 80 80)", after(0xf4, 0x90, 0x80, 0x80)],
    ["a lead byte past F4 (F5 80 80 80)", after(0xf5, 0x80, 0x80, 0x80)],
    ["a lone continuation byte (80)", after(0x80)],
    ["a three-byte sequence cut short by an ASCII byte (E2 82 then c)", bytes(0x61, 0x62, 0xe2, 0x82, 0x63)],
  ])("is where %s starts", (_, input) => {
    expect(firstInvalidUtf8Byte(input)).toBe(2);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(input)).toThrow();
  });

  it("is the start of a sequence cut short by the end of the file", () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xf0, 0x9f, 0x98))).toBe(1);
  });

  it("is none (-1) in well-formed UTF-8: Arabic, an emoji, U+10FFFF, the first and last code points around the surrogates", () => {
    const text = "درنة 😀 \u{10ffff} \ud7ff \ue000";
    expect(firstInvalidUtf8Byte(new TextEncoder().encode(text))).toBe(-1);
  });

  it("is what the refusal of a file names", () => {
    expect(() => decodeArticleFile(after(0xed, 0xa0, 0x80), { en: "x.txt", ar: "x.txt" })).toThrow(/first invalid byte at offset 2\)/);
  });
});
