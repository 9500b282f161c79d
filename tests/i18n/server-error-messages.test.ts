// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fillText, verbatim } from "@/lib/i18n/localized-text";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";
import { SCHEMA_MESSAGES } from "@/lib/i18n/schema-messages";
import { SERVER_ERROR_MESSAGES, serverText } from "@/lib/i18n/server-error-messages";

const ARABIC = /\p{Script=Arabic}/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// The text outside Latin runs wrapped in U+200E marks, a placeholder standing for a number.
const bareLatin = (text: string) => text.replace(/\u200e[^\u200e]*\u200e/g, "").replace(/\{\w+\}/g, "1");

describe.each([
  ["server error texts", SERVER_ERROR_MESSAGES],
  ["the browser's request texts", REQUEST_MESSAGES],
  ["the schema's rule texts", SCHEMA_MESSAGES],
] as const)("%s", (_, messages) => {
  const keys = Object.keys(messages.en) as (keyof typeof messages.en)[];

  it("has an Arabic text for every English one, and no other", () => {
    expect(Object.keys(messages.ar).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s: is written in Arabic, not left in English", (key) => {
    const ar = messages.ar[key] as string;
    expect(ar.trim()).not.toBe("");
    // A template of placeholders alone ("{name}: {message}") has no words to translate.
    if (!/[a-z]/i.test((messages.en[key] as string).replace(/\{\w+\}/g, ""))) return;
    expect(ar).not.toBe(messages.en[key]);
    // Every text says something in Arabic, except the type name "null" (a JSON literal).
    if (!["kindNull", "typeNull"].includes(key)) expect(ar).toMatch(ARABIC);
  });

  it.each(keys)("%s: fills the same placeholders in both languages, so the Arabic names every limit the English names", (key) => {
    expect(placeholders(messages.ar[key] as string)).toEqual(placeholders(messages.en[key] as string));
  });

  it.each(keys)("%s: marks left-to-right a Latin run that would read backwards in a right-to-left line", (key) => {
    const bare = bareLatin(messages.ar[key] as string);
    // "2 MiB" shows as "MiB 2"; a quote or brace next to Latin letters ("text", {"url") lands on the wrong side.
    expect(bare).not.toMatch(/[0-9]\s+[A-Za-z]/);
    expect(bare).not.toMatch(/(?<![A-Za-z])[{}"<>?/[\]][A-Za-z]|[A-Za-z][{}"<>?/[\]](?![A-Za-z])/);
  });
});

describe("serverText", () => {
  it("fills a message in both languages, isolating names in the Arabic so they keep their direction", () => {
    const text = serverText("uploadType", { name: "notes.pdf", extensions: ".txt, .md" });
    expect(text.en).toBe("notes.pdf is not a file type that can be imported: use .txt, .md");
    expect(text.ar).toBe("لا يمكن استيراد \u2068notes.pdf\u2069: نوع الملف غير مقبول؛ استخدم \u2068.txt, .md\u2069");
  });

  it("writes numbers the same in both and nests a text given in both languages", () => {
    const size = serverText("sizeMiB", { mib: 2, bytes: 2097152 });
    expect(serverText("pageTooLarge", { limit: size })).toEqual({
      en: "the page is over 2 MiB (2097152 bytes), the size limit",
      ar: "حجم الصفحة يتجاوز \u200e2 MiB\u200e (2097152 بايت)، وهو الحد الأقصى للحجم",
    });
    expect(fillText({ en: "{a}", ar: "{a}" }, { a: verbatim("x") })).toEqual({ en: "x", ar: "\u2068x\u2069" });
  });
});
