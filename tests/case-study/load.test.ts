// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLED_CASE_DIR, getBundledCaseStudy, loadCaseStudy } from "@/lib/case-study/load";

// Broken copies go under the project's git-ignored tmp/ so that messages show the paths
// relative to the project, as they read for the bundled data (`data/derna/lexicon.json: ...`).
const SCRATCH = path.join(process.cwd(), "tmp");
const copies: string[] = [];

/** A fresh copy of the bundled case folder, and its path relative to the project. */
function copyBundledCase(): { dir: string; shown: string } {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(path.join(SCRATCH, "case-"));
  copies.push(dir);
  cpSync(BUNDLED_CASE_DIR, dir, { recursive: true });
  return { dir, shown: path.relative(process.cwd(), dir) };
}

type Entry = Record<string, unknown> & { id: string };

function readEntries(dir: string, file: string): Entry[] {
  return JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Entry[];
}

function editEntries(dir: string, file: string, edit: (entries: Entry[]) => void): void {
  const entries = readEntries(dir, file);
  edit(entries);
  writeFileSync(path.join(dir, file), JSON.stringify(entries, null, 2));
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

describe("getBundledCaseStudy", () => {
  it("should load the Derna case with its four outlets and five articles", () => {
    const derna = getBundledCaseStudy();
    expect(derna.id).toBe("derna");
    expect(derna.name.en).toMatch(/Derna/);
    expect(derna.name.ar).toMatch(/درنة/);
    expect(derna.description.en.length).toBeGreaterThan(100);
    expect(derna.outlets).toHaveLength(4);
    expect(derna.articles).toHaveLength(5);
    expect(derna.actors.length).toBeGreaterThan(0);
    expect(derna.events.length).toBeGreaterThan(0);
    expect(derna.lexicon.length).toBeGreaterThan(0);
  });

  it("should resolve each article's outlet", () => {
    const derna = getBundledCaseStudy();
    for (const article of derna.articles) expect(derna.outlets).toContain(article.outlet);
  });

  it("should keep each raw text byte-identical to its file", () => {
    for (const article of getBundledCaseStudy().articles) {
      const bytes = readFileSync(path.join(BUNDLED_CASE_DIR, "raw", article.rawFile));
      expect(Buffer.from(article.text, "utf8").equals(bytes), article.rawFile).toBe(true);
    }
  });

  it("should load once per process", () => {
    expect(getBundledCaseStudy()).toBe(getBundledCaseStudy());
  });
});

describe("loadCaseStudy", () => {
  it("should keep a byte-order mark and CRLF line endings exactly", () => {
    const { dir } = copyBundledCase();
    const [first] = readEntries(dir, "articles.json");
    const rawPath = path.join(dir, "raw", String(first!.rawFile));
    const text = "\uFEFFعنوان\r\n\r\nنص  المقال \r\n";
    writeFileSync(rawPath, text, "utf8");
    editEntries(dir, "articles.json", ([article]) => {
      article!.chromeLines = [];
    });
    // The curator's notes point into the text replaced above, and its translation follows the old paragraphs.
    writeFileSync(path.join(dir, "curator-notes.json"), "[]");
    unlinkSync(path.join(dir, "translations", `${String(first!.id)}.json`));
    expect(loadCaseStudy(dir).articles[0]!.text).toBe(text);
  });

  it("should name the file, entry and field of a category that does not exist", () => {
    const { dir, shown } = copyBundledCase();
    const lexicon = readEntries(dir, "lexicon.json");
    const index = lexicon.length - 1;
    const id = lexicon[index]!.id;
    editEntries(dir, "lexicon.json", (lexicon) => {
      lexicon[index]!.category = "heroism";
    });
    expect(loadError(dir)).toMatch(
      new RegExp(`^${shown}/lexicon\\.json: entry #${index} "${id}": field "category": Invalid option`),
    );
  });

  it("should name the file, entry and field of an unknown actor id", () => {
    const { dir, shown } = copyBundledCase();
    const lexicon = readEntries(dir, "lexicon.json");
    const index = lexicon.findIndex((entry) => entry.actor !== null);
    editEntries(dir, "lexicon.json", (entries) => {
      entries[index]!.actor = "mystery-militia";
    });
    expect(loadError(dir)).toBe(
      `${shown}/lexicon.json: entry #${index} "${lexicon[index]!.id}": field "actor": ` +
        `unknown actor "mystery-militia": no entry of actors.json has this id`,
    );
  });

  it("should name the short form, and the field, that refers back to an unknown actor or entry", () => {
    const { dir, shown } = copyBundledCase();
    const lexicon = readEntries(dir, "lexicon.json");
    const index = lexicon.findIndex((entry) => entry.refersBack !== undefined);
    editEntries(dir, "lexicon.json", (entries) => {
      entries[index]!.refersBack = { "mystery-militia": "dmsc-shura-council", dmsc: "no-such-entry" };
    });
    expect(loadError(dir).split("\n")).toEqual([
      `${shown}/lexicon.json: entry #${index} "${lexicon[index]!.id}": field "refersBack.mystery-militia": ` +
        `unknown actor "mystery-militia": no entry of actors.json has this id`,
      `${shown}/lexicon.json: entry #${index} "${lexicon[index]!.id}": field "refersBack.dmsc": ` +
        `refers back to entry "no-such-entry", which the lexicon lacks`,
    ]);
  });

  it("should name the file, entry and field of an unknown event id", () => {
    const { dir, shown } = copyBundledCase();
    const id = readEntries(dir, "articles.json")[2]!.id;
    editEntries(dir, "articles.json", (articles) => {
      articles[2]!.events = ["battle-of-nowhere"];
    });
    expect(loadError(dir)).toBe(
      `${shown}/articles.json: entry #2 "${id}": field "events[0]": ` +
        `unknown event "battle-of-nowhere": no entry of events.json has this id`,
    );
  });

  it("should name the file, entry and field of an unknown outlet", () => {
    const { dir, shown } = copyBundledCase();
    const id = readEntries(dir, "articles.json")[1]!.id;
    editEntries(dir, "articles.json", (articles) => {
      articles[1]!.outlet = "daily-planet";
    });
    expect(loadError(dir)).toContain(`${shown}/articles.json: entry #1 "${id}": field "outlet": unknown outlet "daily-planet"`);
  });

  it("should name the article and its rawFile field when the raw file is missing", () => {
    const { dir, shown } = copyBundledCase();
    const article = readEntries(dir, "articles.json")[4]!;
    unlinkSync(path.join(dir, "raw", String(article.rawFile)));
    expect(loadError(dir)).toBe(
      `${shown}/articles.json: entry #4 "${article.id}": field "rawFile": ` +
        `file not found: ${shown}/raw/${String(article.rawFile)}`,
    );
  });

  it("should refuse a raw file that is not UTF-8", () => {
    const { dir, shown } = copyBundledCase();
    const article = readEntries(dir, "articles.json")[0]!;
    writeFileSync(path.join(dir, "raw", String(article.rawFile)), Buffer.from([0x64, 0xff, 0xfe, 0x72]));
    expect(loadError(dir)).toContain(
      `${shown}/articles.json: entry #0 "${article.id}": field "rawFile": ${shown}/raw/${String(article.rawFile)} is not valid UTF-8`,
    );
  });

  it("should name both entries of a duplicate id", () => {
    const { dir, shown } = copyBundledCase();
    const first = readEntries(dir, "articles.json")[0]!.id;
    editEntries(dir, "articles.json", (articles) => {
      articles[3]!.id = first;
    });
    expect(loadError(dir)).toBe(
      `${shown}/articles.json: entry #3 "${first}": field "id": duplicate id: entry #0 has the same id`,
    );
  });

  it("should name both entries of a form listed in two entries", () => {
    const { dir, shown } = copyBundledCase();
    const lexicon = readEntries(dir, "lexicon.json");
    const form = (lexicon[0]!.forms as string[])[0]!;
    const position = (lexicon[1]!.forms as string[]).length;
    // Extra spaces between the words do not make it another form.
    const spaced = form.replace(/ /gu, "  ");
    editEntries(dir, "lexicon.json", (entries) => {
      (entries[1]!.forms as string[]).push(spaced);
    });
    expect(loadError(dir)).toContain(
      `${shown}/lexicon.json: entry #1 "${lexicon[1]!.id}": field "forms[${position}]": form "${spaced}" ` +
        `is also listed in entry #0 "${lexicon[0]!.id}"`,
    );
  });

  it("should name both entries and the form when a paradigm generates a form another entry lists", () => {
    const { dir } = copyBundledCase();
    const lexicon = readEntries(dir, "lexicon.json");
    const wounded = lexicon.findIndex((entry) => (entry.forms as string[]).includes("مصابين"));
    // The last entry, read after the one that lists the form.
    const other = lexicon.length - 1;
    const position = (lexicon[other]!.forms as string[]).length;
    editEntries(dir, "lexicon.json", (entries) => {
      (entries[other]!.forms as string[]).push("مصاب{p}");
    });
    const error = loadError(dir);
    expect(error).toContain(`entry #${other} "${lexicon[other]!.id}": field "forms[${position}]": form "مصاب{p}" generates "مصابون"`);
    expect(error).toContain(`which entry #${wounded} "${lexicon[wounded]!.id}" also has (from its form "مصابون")`);
  });

  it("should name the entry and the form whose syntax cannot be read", () => {
    const { dir, shown } = copyBundledCase();
    const lexicon = readEntries(dir, "lexicon.json");
    const position = (lexicon[1]!.forms as string[]).length;
    editEntries(dir, "lexicon.json", (entries) => {
      (entries[1]!.forms as string[]).push("قوات [الليبي");
    });
    expect(loadError(dir)).toContain(
      `${shown}/lexicon.json: entry #1 "${lexicon[1]!.id}": field "forms[${position}]": form "قوات [الليبي" cannot be read: a [ slot is never closed`,
    );
  });

  it("should name a chrome line that is not a line of the raw text", () => {
    const { dir, shown } = copyBundledCase();
    const article = readEntries(dir, "articles.json")[1]!;
    editEntries(dir, "articles.json", (articles) => {
      articles[1]!.chromeLines = ["سطر غير موجود"];
    });
    expect(loadError(dir)).toBe(
      `${shown}/articles.json: entry #1 "${article.id}": field "chromeLines[0]": ` +
        `no line of raw/${String(article.rawFile)} reads "سطر غير موجود"`,
    );
  });

  it("should name a nested field and an unknown key", () => {
    const { dir, shown } = copyBundledCase();
    const id = readEntries(dir, "outlets.json")[0]!.id;
    editEntries(dir, "outlets.json", ([outlet]) => {
      outlet!.name = { en: "Qposts", ar: "  " };
      outlet!.website = "https://example.org";
    });
    const message = loadError(dir);
    expect(message).toContain(`${shown}/outlets.json: entry #0 "${id}": field "name.ar": must not be empty`);
    expect(message).toContain(`${shown}/outlets.json: entry #0 "${id}": field "website": Unrecognized key`);
  });

  it("should list every problem, one per line", () => {
    const { dir } = copyBundledCase();
    editEntries(dir, "lexicon.json", (lexicon) => {
      lexicon[0]!.category = "heroism";
      lexicon[1]!.stance = "admiring";
    });
    editEntries(dir, "actors.json", (actors) => {
      delete actors[0]!.description;
    });
    const lines = loadError(dir).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/actors\.json: entry #0 "[^"]+": field "description": /);
    expect(lines[1]).toMatch(/lexicon\.json: entry #0 "[^"]+": field "category": /);
    expect(lines[2]).toMatch(/lexicon\.json: entry #1 "[^"]+": field "stance": /);
  });

  it("should name a missing file, a file that is not JSON and a file that is not an array", () => {
    const { dir, shown } = copyBundledCase();
    unlinkSync(path.join(dir, "events.json"));
    writeFileSync(path.join(dir, "actors.json"), "[{,]");
    writeFileSync(path.join(dir, "outlets.json"), JSON.stringify({ outlets: [] }));
    const message = loadError(dir);
    expect(message).toContain(`${shown}/events.json: file not found`);
    expect(message).toMatch(new RegExp(`${shown}/actors\\.json: is not valid JSON: `));
    expect(message).toContain(`${shown}/outlets.json: must be a JSON array of entries`);
  });
});
