// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeUpload } from "@/lib/import/decode-upload";
import { InputError } from "@/lib/http/input-error";
import { encodeCp1256 } from "./cp1256";

const SENTENCE = "اعلنت السلطات في درنة الحداد ثلاثة ايام، وقال مسؤول ان عدد الضحايا مرشح للارتفاع.";
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected a refusal");
}

describe("decodeUpload", () => {
  it.each(["article.pdf", "article.docx", "article", "article.txt.exe"])("should refuse %s, naming the allowed extensions", (name) => {
    const error = refusal(() => decodeUpload(name, utf8(SENTENCE)));
    expect(error.status).toBe(415);
    expect(error.message).toBe(`${name} is not a file type that can be imported: use .txt, .md, .html, .htm`);
  });

  it("should refuse a file over 2 MiB with 413, naming the limit", () => {
    const error = refusal(() => decodeUpload("big.txt", new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61)));
    expect(error.status).toBe(413);
    expect(error.message).toBe("big.txt is 2,097,153 bytes; the limit is 2 MiB (2,097,152 bytes)");
  });

  it("should refuse an empty file", () => {
    expect(refusal(() => decodeUpload("empty.txt", utf8("  \n"))).message).toBe("empty.txt is empty: there is no text to analyze");
  });

  it("should refuse bytes that are neither UTF-8 nor Arabic Windows-1256", () => {
    // "café crème" in Latin-1: not UTF-8, and not Arabic when read as Windows-1256.
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]);
    const error = refusal(() => decodeUpload("notes.txt", latin1));
    expect(error.status).toBe(400);
    expect(error.message).toBe("notes.txt is neither UTF-8 nor Windows-1256 Arabic text; save it as UTF-8 and try again");
  });

  it("should read UTF-8 text", () => {
    expect(decodeUpload("article.txt", utf8(SENTENCE))).toEqual({ text: SENTENCE, headline: null, byline: null, date: null, dateSource: null, encoding: "utf-8" });
  });

  it("should read UTF-8 with a byte-order mark, dropping the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SENTENCE)]);
    expect(decodeUpload("article.md", bytes)).toMatchObject({ text: SENTENCE, encoding: "utf-8" });
  });

  it("should detect Windows-1256 Arabic and convert it", () => {
    const bytes = encodeCp1256(SENTENCE);
    expect(bytes[0]).toBe(0xc7); // ا
    expect(decodeUpload("ARTICLE.TXT", bytes)).toMatchObject({ text: SENTENCE, encoding: "windows-1256" });
  });

  it("should extract the article of an HTML file, as text", () => {
    const bytes = readFileSync("tests/import/fixtures/article-with-chrome.html");
    const upload = decodeUpload("page.html", bytes);
    expect(upload).toMatchObject({ headline: "Floods in Derna: the city mourns", byline: "Jane Reporter", dateSource: "time", encoding: "utf-8" });
    expect(upload.text).toContain("The authorities in eastern Libya declared three days of mourning");
    expect(upload.text).not.toMatch(/NAV-LEAK|SCRIPT_LEAK|<p>/);
  });

  it("should read a Windows-1256 HTML file whose <meta charset> says so", () => {
    const paragraph = `${SENTENCE} ${SENTENCE}`;
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>درنة</title></head><body><article><p>${paragraph}</p></article></body></html>`;
    expect(decodeUpload("page.htm", encodeCp1256(html))).toMatchObject({ text: paragraph, encoding: "windows-1256" });
  });

  it("should refuse an HTML file with no article with 422", () => {
    const error = refusal(() => decodeUpload("404.html", readFileSync("tests/import/fixtures/no-article.html")));
    expect(error.status).toBe(422);
  });
});
