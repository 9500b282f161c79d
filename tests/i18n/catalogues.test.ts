// @vitest-environment node
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every catalogue of lib/i18n: an export with an `en` and an `ar` table of strings. */
async function catalogues(): Promise<{ name: string; en: Record<string, string>; ar: Record<string, unknown> }[]> {
  const found = [];
  for (const file of readdirSync(path.join(process.cwd(), "lib/i18n")).filter((f) => f.endsWith("-messages.ts"))) {
    const module: Record<string, unknown> = await import(`@/lib/i18n/${file.replace(/\.ts$/, "")}`);
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== "object" || value === null || !("en" in value) || !("ar" in value)) continue;
      const { en, ar } = value as { en: unknown; ar: unknown };
      if (typeof en !== "object" || en === null || typeof ar !== "object" || ar === null) continue;
      if (!Object.values(en).every((text) => typeof text === "string")) continue;
      found.push({ name: `${file}: ${name}`, en: en as Record<string, string>, ar: ar as Record<string, unknown> });
    }
  }
  return found;
}

/** Arabic messages that are rightly the same as the English: placeholders and signs alone, or a format's name. */
const SAME_IN_BOTH = new Set(["imageSource", "noValue", "refusedList", "problemInvalid", "rank", "z", "languageOption", "uses", "optionCount", "lexiconIssue", "lexiconEntryIssue", "downloadCsv", "downloadJson", "counter"]);

/** Messages written in the other language on purpose: the switch names English in English. */
const IN_THE_OTHER_LANGUAGE = new Set(["switchLanguage"]);

/**
 * The Latin-script words an Arabic message may hold: the product's name, file formats, keys of the
 * keyboard, units and network terms, and the English words a message quotes as examples. Code
 * (between the left-to-right marks that isolate it), paths and `{placeholders}` are not counted.
 */
const LATIN_IN_ARABIC = new Set([
  "Framelens",
  ...["CSV", "JSON", "PNG", "PDF", "A4", "UTF", "Windows", "MiB", "NUL", "http", "https"],
  ...["Shift", "Enter", "Delete", "Esc", "Escape", "Tab", "Page", "Down", "Up", "Home", "End"],
  ...["HTTP", "TLS", "IP", "CGNAT", "loopback", "IETF", "anycast", "6to4", "multicast", "IPv6", "IPv4", "NAT64", "Teredo", "Location", "gzip", "deflate", "br", "rawFile", "ETag"],
  // Quoted as what it is: the search finds English too; a paradigm's syntax; an English distancing word.
  "terrorist", "word", "so", "called",
  // The statistic the distinctive terms are ranked by, as the literature writes it.
  "z",
  // The bundled case study's id, given as an example of one.
  "derna",
]);

function latinWords(message: string): string[] {
  // A path given as an example (/cases/sudan-2023-4f2a) and a form's syntax ([a|b]) are code too.
  const prose = message.replace(/\u200E[^\u200E]*\u200E/gu, " ").replace(/\{[^}]*\}/gu, " ").replace(/\S*\/[\w./-]+/gu, " ").replace(/\[[^\]]*\]/gu, " ");
  return prose.match(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/gu) ?? [];
}

describe("the interface's message catalogues", () => {
  it("should find the catalogues", async () => {
    expect((await catalogues()).length).toBeGreaterThan(15);
  });

  it("should give every English message an Arabic one", async () => {
    for (const { name, en, ar } of await catalogues()) {
      const missing = Object.keys(en).filter((key) => typeof ar[key] !== "string" || (ar[key] as string).trim() === "");
      expect(missing, name).toEqual([]);
    }
  });

  it("should not leave an Arabic message in English", async () => {
    for (const { name, en, ar } of await catalogues()) {
      const same = Object.keys(en).filter((key) => en[key] !== "" && ar[key] === en[key] && !SAME_IN_BOTH.has(key));
      expect(same, name).toEqual([]);
    }
  });

  it("should hold no English words in an Arabic message beyond names, formats, keys and quoted terms", async () => {
    const strays = (await catalogues()).flatMap(({ name, ar }) =>
      Object.entries(ar).flatMap(([key, text]) =>
        typeof text === "string" && !IN_THE_OTHER_LANGUAGE.has(key) ? latinWords(text).filter((word) => !LATIN_IN_ARABIC.has(word)).map((word) => `${name} ${key}: ${word}`) : [],
      ),
    );
    expect(strays).toEqual([]);
  });
});
