// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLED_CASE_DIR, getBundledCaseStudy, loadCaseStudy } from "@/lib/case-study/load";

// Broken copies of the bundled case go under the project's git-ignored tmp/, as in load.test.ts.
const SCRATCH = path.join(process.cwd(), "tmp");
const copies: string[] = [];

function copyBundledCase(): { dir: string; shown: string } {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(path.join(SCRATCH, "referents-"));
  copies.push(dir);
  cpSync(BUNDLED_CASE_DIR, dir, { recursive: true });
  return { dir, shown: path.relative(process.cwd(), dir) };
}

type Item = Record<string, unknown>;

function edit(dir: string, file: string, change: (items: Item[]) => void): void {
  const items = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Item[];
  change(items);
  writeFileSync(path.join(dir, file), JSON.stringify(items, null, 2));
}

function loadError(dir: string): string {
  try {
    loadCaseStudy(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${dir} to fail to load`);
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the Derna case's referent rules and curator's notes", () => {
  it("should load, every one of them valid", () => {
    const derna = getBundledCaseStudy();
    expect(derna.referentRules?.map((r) => r.id)).toContain("libya24-2018-daesh-is-the-shura-council");
    expect(derna.curatorNotes?.some((n) => n.article === "libya24-2018-06")).toBe(true);
  });

  it("should write every note in English and in Arabic", () => {
    const derna = getBundledCaseStudy();
    for (const item of [...(derna.referentRules ?? []), ...(derna.curatorNotes ?? [])]) {
      expect(item.note_en).toMatch(/[a-z]/);
      expect(item.note_ar).toMatch(/[\u0600-\u06ff]/);
    }
  });
});

describe("validating referent rules", () => {
  it("should name the file, the rule and the field of an unknown referent", () => {
    const { dir, shown } = copyBundledCase();
    edit(dir, "referent-rules.json", (rules) => (rules[0]!.referent = "nobody"));
    expect(loadError(dir)).toContain(`${shown}/referent-rules.json: entry #0 "libya24-2018-daesh-is-the-shura-council": field "referent": unknown actor "nobody"`);
  });

  it("should refuse an unknown article, outlet and lexicon entry, naming each", () => {
    const { dir } = copyBundledCase();
    edit(dir, "referent-rules.json", (rules) => {
      rules[0]!.articles = ["libya24-2099-01"];
      rules[3]!.outlets = ["qposts", "the-daily-nowhere"];
      rules[1]!.entries = ["no-such-entry"];
    });
    const message = loadError(dir);
    expect(message).toContain(`field "articles[0]": unknown article "libya24-2099-01"`);
    expect(message).toContain(`field "outlets[1]": unknown outlet "the-daily-nowhere"`);
    expect(message).toContain(`field "entries[0]": unknown lexicon entry "no-such-entry"`);
  });

  it("should refuse an entry that names another actor than the rule's, which the rule could never match", () => {
    const { dir } = copyBundledCase();
    edit(dir, "referent-rules.json", (rules) => (rules[1]!.entries = ["isis-daesh"]));
    expect(loadError(dir)).toContain(`lexicon entry "isis-daesh" names "isis", not the rule's actor "al-qaeda"`);
  });

  it("should refuse a rule that lists both articles and outlets", () => {
    const { dir } = copyBundledCase();
    edit(dir, "referent-rules.json", (rules) => (rules[0]!.outlets = ["libya24"]));
    expect(loadError(dir)).toMatch(/entry #0 .*field "outlets": give articles or outlets, not both/);
  });

  it("should refuse two rules that cover the same label in the same article", () => {
    const { dir } = copyBundledCase();
    edit(dir, "referent-rules.json", (rules) => rules.push({ ...rules[0], id: "libya24-daesh-again", referent: "al-qaeda" }));
    expect(loadError(dir)).toContain(`entry #4 "libya24-daesh-again": field "actor": overlaps rule #0 "libya24-2018-daesh-is-the-shura-council": both cover the same labels in article "libya24-2018-06"`);
  });

  it("should accept two rules for the same actor when their articles do not meet", () => {
    const { dir } = copyBundledCase();
    edit(dir, "referent-rules.json", (rules) => rules.push({ ...rules[0], id: "youm7-daesh-elsewhere", articles: ["aljazeera-2018-02"] }));
    expect(() => loadCaseStudy(dir)).not.toThrow();
  });
});

describe("validating curator's notes", () => {
  it("should refuse offsets outside the article's text", () => {
    const { dir, shown } = copyBundledCase();
    edit(dir, "curator-notes.json", (notes) => Object.assign(notes[0]!, { start: 999_990, end: 999_999 }));
    expect(loadError(dir)).toContain(`${shown}/curator-notes.json: entry #0: field "end": offsets 999990–999999 fall outside the article's text`);
  });

  it("should refuse offsets that are not exactly on a tagged label, quoting the text there", () => {
    const { dir } = copyBundledCase();
    // 26–30 is the first half of the headline's "داعش درنة".
    edit(dir, "curator-notes.json", (notes) => Object.assign(notes[0]!, { start: 26, end: 30 }));
    expect(loadError(dir)).toContain(`entry #0: field "start": offsets 26–30 are not on a tagged label (the text there is "داعش")`);
  });

  it("should refuse a note on an unknown article, an unknown referent, and a second note on one occurrence", () => {
    const { dir } = copyBundledCase();
    edit(dir, "curator-notes.json", (notes) => {
      notes.push({ ...notes[0], referent: "nobody" });
      notes.push({ ...notes[1], article: "no-such-article" });
    });
    const message = loadError(dir);
    expect(message).toContain(`entry #2: field "start": note #0 is on the same occurrence`);
    expect(message).toContain(`entry #2: field "referent": unknown actor "nobody"`);
    expect(message).toContain(`entry #3: field "article": unknown article "no-such-article"`);
  });

  it("should refuse a note whose end comes before its start", () => {
    const { dir } = copyBundledCase();
    edit(dir, "curator-notes.json", (notes) => Object.assign(notes[0]!, { start: 35, end: 26 }));
    expect(loadError(dir)).toContain(`entry #0: field "end": end must be after start`);
  });

  it("should load a case with no referent rules or notes files at all", () => {
    const { dir } = copyBundledCase();
    rmSync(path.join(dir, "referent-rules.json"));
    rmSync(path.join(dir, "curator-notes.json"));
    const content = loadCaseStudy(dir);
    expect(content.referentRules).toEqual([]);
    expect(content.curatorNotes).toEqual([]);
  });
});
