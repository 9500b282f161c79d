// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { type CaseStudyDraft, StoreError, createCaseStudy, readCaseStudy } from "@/lib/store/case-studies";
import { changeCaseItem } from "@/lib/store/case-items";
import { openDatabase } from "@/lib/store/database";
import type { Database } from "@/lib/store/queryable";

const derna = getBundledCaseStudy();
const draft: CaseStudyDraft = {
  name: { en: "Derna, one article at a time", ar: "درنة" },
  description: { en: "Changed an article at a time.", ar: "" },
  content: { outlets: derna.outlets, actors: derna.actors, events: derna.events, articles: derna.articles, lexicon: derna.lexicon, referentRules: derna.referentRules, curatorNotes: derna.curatorNotes, translations: derna.translations },
};
const first = derna.articles[0]!;
// Our own sentence, as a new article's text.
const added = { ...first, id: "desk-added", rawFile: "desk_added.txt", chromeLines: [], text: "قال الجيش الوطني الليبي إن الطرق مفتوحة." };
const translation = { article: "desk-added", headline: "A statement", subheadline: null, paragraphs: ["The Libyan National Army said the roads are open."], by: "editor" as const };
const note = { article: "desk-added", start: 4, end: 23, note_en: "The army's own name for itself.", note_ar: "اسم الجيش لنفسه." };

const databases: [string, () => Promise<{ db: Database; cleanup: () => Promise<void> }>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "framelens-items-store-"));
      const db = await openDatabase({ dataDir: dir });
      return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  ],
  [
    "a PostgreSQL server",
    async () => {
      // A database of its own: the other store tests empty the shared one while they run.
      const admin = new pg.Client({ connectionString: inject("postgresUrl") });
      await admin.connect();
      const name = `case_items_${Date.now()}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(inject("postgresUrl"));
      url.pathname = `/${name}`;
      const db = await openDatabase({ url: url.toString() });
      return {
        db,
        cleanup: async () => {
          await db.close();
          await admin.query(`DROP DATABASE IF EXISTS ${name}`);
          await admin.end();
        },
      };
    },
  ],
];

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected the store to refuse");
}

describe.each(databases)("one article or entry changed on %s", (_, open) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
  }, 60_000);
  afterAll(async () => {
    await cleanup();
  });

  it("puts a changed article in its own place and leaves every other row as it was", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    const changed = { ...first, headline: "عنوان آخر" };
    expect(await changeCaseItem(db, id, editToken, 1, () => ({ kind: "article", article: changed, translations: [], curatorNotes: [] }))).toEqual({ version: 2 });
    const stored = await readCaseStudy(db, id);
    expect(stored?.version).toBe(2);
    expect(stored?.articles).toEqual([changed, ...derna.articles.slice(1)]);
    expect(stored?.lexicon).toEqual(derna.lexicon);
    expect(stored?.translations?.filter((t) => t.article === first.id)).toEqual([]);
    expect(stored?.translations?.filter((t) => t.article !== first.id)).toEqual(derna.translations?.filter((t) => t.article !== first.id));
  });

  it("adds an article last with its translation and its notes, and deletes it with them", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    await changeCaseItem(db, id, editToken, 1, () => ({ kind: "article", article: added, translations: [translation], curatorNotes: [note] }));
    let stored = await readCaseStudy(db, id);
    expect(stored?.articles.at(-1)).toEqual(added);
    expect(stored?.translations?.at(-1)).toEqual(translation);
    expect(stored?.curatorNotes?.at(-1)).toEqual(note);
    const seeded = { ...derna.lexicon[0]!, seeds: derna.lexicon[0]!.seeds.filter((seed) => seed !== first.rawFile) };
    expect(await changeCaseItem(db, id, editToken, 2, () => ({ kind: "articleDeleted", id: "desk-added", lexicon: [seeded] }))).toEqual({ version: 3 });
    stored = await readCaseStudy(db, id);
    expect(stored?.articles).toEqual(derna.articles);
    expect(stored?.translations).toEqual(derna.translations);
    expect(stored?.curatorNotes).toEqual(derna.curatorNotes);
    expect(stored?.lexicon[0]).toEqual(seeded);
  });

  it("adds an entry last, replaces it in its place and deletes it", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    const entry = { ...derna.lexicon[0]!, id: "desk-entry", forms: ["الطرق مفتوحة"], seeds: [] };
    await changeCaseItem(db, id, editToken, 1, () => ({ kind: "entry", entry }));
    expect((await readCaseStudy(db, id))?.lexicon.at(-1)).toEqual(entry);
    await changeCaseItem(db, id, editToken, 2, () => ({ kind: "entry", entry: { ...entry, gloss: "the roads are open" } }));
    const lexicon = (await readCaseStudy(db, id))?.lexicon ?? [];
    expect(lexicon).toHaveLength(derna.lexicon.length + 1);
    expect(lexicon.at(-1)?.gloss).toBe("the roads are open");
    await changeCaseItem(db, id, editToken, 3, () => ({ kind: "entryDeleted", id: "desk-entry" }));
    expect((await readCaseStudy(db, id))?.lexicon).toEqual(derna.lexicon);
  });

  it("changes nothing when the change is refused after it has read the case study", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    await expect(
      changeCaseItem(db, id, editToken, 1, (current) => {
        expect(current.articles).toHaveLength(derna.articles.length);
        throw new Error("refused by the validator");
      }),
    ).rejects.toThrow("refused by the validator");
    const stored = await readCaseStudy(db, id);
    expect(stored?.version).toBe(1);
    expect(stored?.articles).toEqual(derna.articles);
  });

  it("refuses a wrong token (403), a stale version (409) and an unknown case study (404) before reading anything", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    let planned = 0;
    const plan = () => {
      planned++;
      return { kind: "entryDeleted" as const, id: derna.lexicon[0]!.id };
    };
    expect((await refusal(changeCaseItem(db, id, "not-the-token", 1, plan))).status).toBe(403);
    expect((await refusal(changeCaseItem(db, id, editToken, 2, plan))).status).toBe(409);
    expect((await refusal(changeCaseItem(db, "no-such-case", editToken, 1, plan))).status).toBe(404);
    expect(planned).toBe(0);
    expect((await readCaseStudy(db, id))?.lexicon).toEqual(derna.lexicon);
  });

  it("lets one of two changes made from the same version through and refuses the other (409)", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    const change = (headline: string) => changeCaseItem(db, id, editToken, 1, () => ({ kind: "article", article: { ...first, headline }, translations: [], curatorNotes: [] }));
    const results = await Promise.allSettled([change("الأول"), change("الثاني")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect((await readCaseStudy(db, id))?.version).toBe(2);
  });
});
