// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXCHANGE_VERSION, MAX_ARTICLES, exportCaseStudy, importCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { createCaseStudy, listStoredCaseStudies, readCaseStudy } from "@/lib/store/case-studies";
import { openDatabase } from "@/lib/store/database";
import type { Database } from "@/lib/store/queryable";

const derna = getBundledCaseStudy();
const exported = () => JSON.parse(JSON.stringify(exportCaseStudy(derna, new Date("2026-11-21T00:00:00Z"))));
const importError = (value: unknown) => {
  try {
    importCaseStudy(value, "import.json");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the import to be refused");
};

describe("exporting and importing a case study", () => {
  let dir: string;
  let db: Database;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "framelens-exchange-"));
    db = await openDatabase({ dataDir: dir });
  }, 60_000);
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes one schema-versioned file with every part and every text", () => {
    const file = exported();
    expect(file).toMatchObject({ schema: "framelens.case-study", version: EXCHANGE_VERSION, exportedAt: "2026-11-21T00:00:00.000Z" });
    expect(file.caseStudy.articles).toHaveLength(5);
    expect(file.caseStudy.articles[0].outlet).toBe(derna.articles[0]?.outlet.id);
    expect(file.caseStudy.articles[0].text).toBe(derna.articles[0]?.text);
  });

  it("gives back an identical case study after a round trip through the file and the database", async () => {
    const imported = importCaseStudy(JSON.parse(JSON.stringify(exported())), "derna.json");
    const { id } = await createCaseStudy(db, imported);
    const stored = await readCaseStudy(db, id);
    if (!stored) throw new Error("not stored");
    const again = exportCaseStudy(stored, new Date("2026-11-21T00:00:00Z"));
    expect({ ...again.caseStudy, id: "derna" }).toEqual(exported().caseStudy);
  });

  it("carries the lexicon's Arabic notes through the file and the database", async () => {
    const file = exported();
    const army = derna.lexicon.find((e) => e.id === "lna-libyan-army")!;
    expect(file.caseStudy.lexicon.find((e: { id: string }) => e.id === army.id).note_ar).toBe(army.note_ar);
    const { id } = await createCaseStudy(db, importCaseStudy(file, "derna.json"));
    const stored = await readCaseStudy(db, id);
    expect(stored?.lexicon.find((e) => e.id === army.id)?.note_ar).toBe(army.note_ar);
    expect(stored?.lexicon.filter((e) => e.note_ar).length).toBe(derna.lexicon.filter((e) => e.note_ar).length);
  });

  it("carries the Arabic of the outlets' countries and descriptions, the events' periods and the articles' date evidence", async () => {
    const { id } = await createCaseStudy(db, importCaseStudy(exported(), "derna.json"));
    const stored = (await readCaseStudy(db, id))!;
    expect(stored.outlets.map((o) => [o.country_ar, o.description_ar])).toEqual(derna.outlets.map((o) => [o.country_ar, o.description_ar]));
    expect(stored.outlets.find((o) => o.id === "youm7")?.country_ar).toBe("مصر");
    expect(stored.events.map((e) => e.period_ar)).toEqual(derna.events.map((e) => e.period_ar));
    expect(stored.articles.map((a) => a.dateEvidence_ar)).toEqual(derna.articles.map((a) => a.dateEvidence_ar));
    expect(stored.articles.every((a) => a.dateEvidence_ar)).toBe(true);
  });

  it("reads back a case study without that Arabic without inventing it", async () => {
    const file = exported();
    for (const outlet of file.caseStudy.outlets) {
      delete outlet.country_ar;
      delete outlet.description_ar;
    }
    for (const article of file.caseStudy.articles) delete article.dateEvidence_ar;
    const { id } = await createCaseStudy(db, importCaseStudy(file, "older.json"));
    const stored = (await readCaseStudy(db, id))!;
    expect(stored.outlets.some((o) => "country_ar" in o || "description_ar" in o)).toBe(false);
    expect(stored.articles.some((a) => "dateEvidence_ar" in a)).toBe(false);
  });

  it("still imports a version 2 file whose entries have no Arabic note, keeping their English one", async () => {
    const file = exported();
    for (const entry of file.caseStudy.lexicon) delete entry.note_ar;
    const imported = importCaseStudy(file, "older.json");
    expect(imported.content.lexicon.some((e) => "note_ar" in e)).toBe(false);
    const { id } = await createCaseStudy(db, imported);
    const stored = await readCaseStudy(db, id);
    expect(stored?.lexicon.find((e) => e.id === "lna-libyan-army")?.note).toBe(derna.lexicon.find((e) => e.id === "lna-libyan-army")!.note);
    expect(stored?.lexicon.some((e) => "note_ar" in e)).toBe(false);
  });

  it("refuses an entry whose Arabic note is empty, naming the field", () => {
    const file = exported();
    file.caseStudy.lexicon[0].note_ar = "";
    expect(importError(file)).toMatch(/note_ar/);
  });

  it("refuses a file of another kind or another version, naming what it reads", () => {
    expect(importError({ ...exported(), schema: "something-else" })).toMatch(/import\.json: field "schema": must be "framelens\.case-study"/);
    expect(importError({ ...exported(), version: 3 })).toMatch(/import\.json: field "version": must be one of 1, 2: this Framelens reads files of those versions only/);
  });

  it("writes version 2, with the referent rules and the curator's notes", () => {
    const file = exported();
    expect(file.version).toBe(2);
    expect(file.caseStudy.referentRules).toEqual(derna.referentRules);
    expect(file.caseStudy.curatorNotes).toEqual(derna.curatorNotes);
  });

  it("still imports a version 1 file, which has no referent rules or notes", () => {
    const { referentRules: _rules, curatorNotes: _notes, ...rest } = exported().caseStudy;
    const imported = importCaseStudy({ ...exported(), version: 1, caseStudy: rest }, "old.json");
    expect(imported.content.articles).toHaveLength(5);
    expect(imported.content.referentRules).toEqual([]);
    expect(imported.content.curatorNotes).toEqual([]);
  });

  it("validates a version 2 file's referent rules and notes, naming the part, the entry and the field", () => {
    const file = exported();
    file.caseStudy.referentRules[0].referent = "nobody";
    file.caseStudy.curatorNotes[0].start = 27;
    const message = importError(file);
    expect(message).toContain(`import.json: caseStudy.referentRules: entry #0 "libya24-2018-daesh-is-the-shura-council": field "referent": unknown actor "nobody"`);
    expect(message).toContain(`import.json: caseStudy.curatorNotes: entry #0: field "start": offsets 27–35 are not on a tagged label`);
  });

  it("refuses a bad entry, naming the part, the entry and the field", () => {
    const file = exported();
    file.caseStudy.lexicon[3].category = "propaganda";
    expect(importError(file)).toMatch(new RegExp(`import\\.json: caseStudy\\.lexicon: entry #3 "${derna.lexicon[3]?.id}": field "category": Invalid option`));
  });

  it("refuses an article without its text", () => {
    const file = exported();
    delete file.caseStudy.articles[1].text;
    expect(importError(file)).toMatch(/caseStudy\.articles: entry #1 "[a-z0-9-]+": field "text": the article has no text/);
  });

  it("refuses more articles than the limit, naming the limit", () => {
    const file = exported();
    file.caseStudy.articles = Array.from({ length: MAX_ARTICLES + 1 }, () => file.caseStudy.articles[0]);
    expect(importError(file)).toMatch(new RegExp(`must hold at most ${MAX_ARTICLES} articles`));
  });

  it("stores nothing when an import is refused", async () => {
    const before = (await listStoredCaseStudies(db)).length;
    expect(() => importCaseStudy({ ...exported(), version: 9 }, "x.json")).toThrow();
    expect((await listStoredCaseStudies(db)).length).toBe(before);
  });
});
