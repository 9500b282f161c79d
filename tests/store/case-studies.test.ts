// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import type { CaseStudyDraft } from "@/lib/store/case-studies";
import { createCaseStudy, deleteCaseStudy, listStoredCaseStudies, readCaseStudy, readCaseVersion, saveCaseStudy, StoreError } from "@/lib/store/case-studies";
import { openDatabase } from "@/lib/store/database";
import type { Database } from "@/lib/store/queryable";
import { MIGRATIONS } from "@/lib/store/migrations";

const derna = getBundledCaseStudy();
const draft: CaseStudyDraft = {
  name: { en: "Derna, a copy", ar: "درنة، نسخة" },
  description: { en: "The bundled case study, stored.", ar: "دراسة الحالة المرفقة، مخزنة." },
  content: {
    outlets: derna.outlets,
    actors: derna.actors,
    events: derna.events,
    articles: derna.articles,
    lexicon: derna.lexicon,
    referentRules: derna.referentRules,
    curatorNotes: derna.curatorNotes,
  },
};

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected the store to refuse");
}

const databases: [string, () => Promise<{ db: Database; cleanup: () => Promise<void> }>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "framelens-store-"));
      const db = await openDatabase({ dataDir: dir });
      return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  ],
  [
    "a PostgreSQL server",
    async () => {
      const db = await openDatabase({ url: inject("postgresUrl") });
      // Each run starts from an empty schema.
      await db.query("DROP TABLE IF EXISTS translations, curator_notes, referent_rules, lexicon_entries, articles, events, actors, outlets, case_studies, schema_migrations CASCADE");
      await db.close();
      const fresh = await openDatabase({ url: inject("postgresUrl") });
      return { db: fresh, cleanup: () => fresh.close() };
    },
  ],
];

describe.each(databases)("the case-study store on %s", (_, open) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
  }, 60_000);
  afterAll(async () => {
    await cleanup();
  });

  it("has run every migration once, and running them again changes nothing", async () => {
    const rows = await db.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it("stores a case study and gives it back identical, texts byte for byte", async () => {
    const { id, editToken, version } = await createCaseStudy(db, draft);
    expect(id).toMatch(/^derna-a-copy-[a-z0-9]{6}$/);
    expect(editToken.length).toBeGreaterThanOrEqual(43);
    expect(version).toBe(1);
    const stored = await readCaseStudy(db, id);
    expect(stored).toMatchObject({ id, name: draft.name, description: draft.description, version: 1 });
    expect(stored?.outlets).toEqual(derna.outlets);
    expect(stored?.actors).toEqual(derna.actors);
    expect(stored?.events).toEqual(derna.events);
    expect(stored?.lexicon).toEqual(derna.lexicon);
    expect(stored?.articles).toEqual(derna.articles);
    expect(stored?.referentRules).toEqual(derna.referentRules);
    expect(stored?.curatorNotes).toEqual(derna.curatorNotes);
  });

  it("keeps only a hash of the edit token", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    const [row] = await db.query<{ edit_token_hash: string }>("SELECT edit_token_hash FROM case_studies WHERE id = $1", [id]);
    expect(row?.edit_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.edit_token_hash).not.toContain(editToken);
  });

  it("saves a new version with the edit token and the current version", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    const edited = { ...draft, name: { en: "Derna, edited", ar: "درنة، معدلة" }, content: { ...draft.content, articles: draft.content.articles.slice(0, 2) } };
    expect(await saveCaseStudy(db, id, editToken, 1, edited)).toEqual({ version: 2 });
    const stored = await readCaseStudy(db, id);
    expect(stored?.name.en).toBe("Derna, edited");
    expect(stored?.articles).toHaveLength(2);
    expect(stored?.version).toBe(2);
  });

  it("replaces the referent rules and notes when a save brings others", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    const edited = { ...draft, content: { ...draft.content, referentRules: draft.content.referentRules?.slice(0, 1), curatorNotes: [] } };
    await saveCaseStudy(db, id, editToken, 1, edited);
    const stored = await readCaseStudy(db, id);
    expect(stored?.referentRules?.map((r) => r.id)).toEqual(["libya24-2018-daesh-is-the-shura-council"]);
    expect(stored?.curatorNotes).toEqual([]);
  });

  it("tells a case study's current version without reading it, and null for none", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    expect(await readCaseVersion(db, id)).toBe(1);
    await saveCaseStudy(db, id, editToken, 1, draft);
    expect(await readCaseVersion(db, id)).toBe(2);
    expect(await readCaseVersion(db, "no-such-case")).toBeNull();
  });

  it("refuses a change without the right token (403) and changes nothing", async () => {
    const { id } = await createCaseStudy(db, draft);
    const error = await refusal(saveCaseStudy(db, id, "not-the-token", 1, { ...draft, name: { en: "Hijacked", ar: "x" } }));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/edit token does not open/);
    expect((await readCaseStudy(db, id))?.name.en).toBe("Derna, a copy");
    expect((await refusal(deleteCaseStudy(db, id, "", 1))).status).toBe(403);
    expect(await readCaseStudy(db, id)).not.toBeNull();
  });

  it("refuses a save based on an old version (409), so two editors cannot overwrite each other", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    await saveCaseStudy(db, id, editToken, 1, { ...draft, name: { en: "First editor", ar: "أ" } });
    const error = await refusal(saveCaseStudy(db, id, editToken, 1, { ...draft, name: { en: "Second editor", ar: "ب" } }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/you edited version 1; it is now at version 2/);
    expect((await readCaseStudy(db, id))?.name.en).toBe("First editor");
  });

  it("leaves the case study as it was when a save fails half way", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    // An article whose outlet is not in the case breaks the foreign key after some rows are written.
    const broken = { ...draft, content: { ...draft.content, articles: [{ ...derna.articles[0]!, outlet: { ...derna.outlets[0]!, id: "nowhere" } }] } };
    await expect(saveCaseStudy(db, id, editToken, 1, broken)).rejects.toThrow();
    const stored = await readCaseStudy(db, id);
    expect(stored?.version).toBe(1);
    expect(stored?.articles).toEqual(derna.articles);
  });

  it("answers 404 for a case study that does not exist, and null on read", async () => {
    expect((await refusal(saveCaseStudy(db, "no-such-case", "t", 1, draft))).status).toBe(404);
    expect(await readCaseStudy(db, "no-such-case")).toBeNull();
  });

  it("deletes a case study with its token, and lists the others newest first", async () => {
    const { id, editToken } = await createCaseStudy(db, draft);
    await deleteCaseStudy(db, id, editToken, 1);
    expect(await readCaseStudy(db, id)).toBeNull();
    const listed = await listStoredCaseStudies(db);
    expect(listed.map((c) => c.id)).not.toContain(id);
    expect(listed[0]?.articles).toBeGreaterThan(0);
  });
});
