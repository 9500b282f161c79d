// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXCHANGE_SCHEMA, EXCHANGE_VERSION, importCaseStudy } from "@/lib/case-study/exchange";
import { findForbiddenCharacter, isBlankText } from "@/lib/case-study/text-rules";
import { CaseStudyInvalidError } from "@/lib/case-study/validate";
import { createCaseStudy, readCaseStudy } from "@/lib/store/case-studies";
import { openDatabase } from "@/lib/store/database";
import type { Database } from "@/lib/store/queryable";

// Pieces a hostile or careless text is made of: what a database refuses (NUL), cannot encode
// (lone surrogates) or may quietly change (a leading BOM), and what must pass untouched.
const PIECES = [
  "\u0000", "\ud800", "\udbff", "\udc00", "\udfff", // refused: NUL, lone surrogates
  "\ufeff", "\u200d", "\u200c", "\u200b", "\u200e", "\u200f", "\u202b", "\u202c", "\u2060", "\u00ad", "\u00a0", // invisible
  "😀", "👩‍👩‍👧", "🇱🇾", "\u{10ffff}", // astral, joined sequences, flags
  "e\u0301", "\u0651", "\u064b", // combining marks
  "\u0085", "\u2028", "\ufffe", "\uffff", "\u0001", "\u007f", // odd code points
  "درنة", "قوات حفتر", "ما يسمى", "Derna", "so-called", " ", "\n", "\r\n", "\t", "'", '"', "\\", "%", "$1",
];

/** A small deterministic generator (mulberry32), so a failure names a string that comes back on the next run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomStrings(count: number, seed: number): string[] {
  const next = random(seed);
  const strings: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 12);
    let text = "";
    for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
    // One in four starts with a byte-order mark, the case one database used to drop.
    strings.push(next() < 0.25 ? `\ufeff${text}` : text);
  }
  return strings;
}

const STRINGS = randomStrings(150, 20_181);

/** Where a string is put: a field kept exactly as sent, or one that is trimmed (as names, glosses and notes are). */
const FIELDS = [
  { field: "text", trimmed: false, blankRefused: true },
  { field: "caseStudy.name.ar", trimmed: false, blankRefused: false },
  { field: "gloss", trimmed: true, blankRefused: true },
] as const;
type Field = (typeof FIELDS)[number]["field"];

/** A one-article case study with the string in one field and ordinary values everywhere else. */
function exchangeWith(field: Field, value: string) {
  const put = (which: Field, otherwise: string) => (which === field ? value : otherwise);
  return {
    schema: EXCHANGE_SCHEMA,
    version: EXCHANGE_VERSION,
    caseStudy: {
      id: "round-trip",
      name: { en: "Round trip", ar: put("caseStudy.name.ar", "ذهاب وإياب") },
      description: { en: "Random strings", ar: "" },
      outlets: [{ id: "outlet", name: { en: "Outlet", ar: "وسيلة" }, country: "Libya", language: "ar", description: "An outlet." }],
      actors: [{ id: "actor", name: { en: "Actor", ar: "فاعل" }, description: "An actor." }],
      events: [],
      articles: [
        {
          id: "article", outlet: "outlet", headline: null, subheadline: null, date: "2018", datePrecision: "year", dateApproximate: false,
          dateEvidence: "typed", byline: null, rawFile: "article.txt", language: "ar", events: [], chromeLines: [], text: put("text", "قالت قوات حفتر."),
        },
      ],
      lexicon: [{ id: "term", forms: ["قوات"], gloss: put("gloss", "forces"), category: null, actor: "actor", stance: "neutral", event: null, note: "A note.", seeds: [] }],
    },
  };
}

/** Whether the rules refuse a string in a field: a character no database keeps, or nothing visible where text is required. */
function refused(value: string, blankRefused: boolean): boolean {
  return findForbiddenCharacter(value) !== null || (blankRefused && isBlankText(value));
}

const databases: [string, () => Promise<{ db: Database; cleanup: () => Promise<void> }>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "framelens-round-trip-"));
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
      const name = `round_trip_${Date.now()}`;
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

describe("the text generator", () => {
  it("covers every kind of piece, refused and allowed, in its 150 strings", () => {
    const joined = STRINGS.join("");
    for (const piece of PIECES) expect(joined.includes(piece), JSON.stringify(piece)).toBe(true);
    const refused = STRINGS.filter((s) => findForbiddenCharacter(s) !== null).length;
    expect(refused).toBeGreaterThan(20);
    expect(STRINGS.length - refused).toBeGreaterThan(20);
  });
});

describe.each(databases)("random strings saved and read back on %s", (_, open) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
  }, 60_000);
  afterAll(async () => {
    await cleanup();
  });

  it.each(FIELDS)("gives every string in $field back exactly, or refuses it with a 400 naming that field", async ({ field, trimmed, blankRefused }) => {
    let stored = 0;
    for (const [index, value] of STRINGS.entries()) {
      const label = `string #${index} ${JSON.stringify(value)} in ${field}`;
      let draft;
      try {
        draft = importCaseStudy(exchangeWith(field, value), "round-trip.json");
      } catch (error) {
        if (!(error instanceof CaseStudyInvalidError)) throw error;
        expect(refused(value, blankRefused), label).toBe(true);
        expect(error.status, label).toBe(400);
        expect(error.problems.map((p) => p.field), label).toEqual([field]);
        continue;
      }
      expect(refused(value, blankRefused), label).toBe(false);
      const { id } = await createCaseStudy(db, draft);
      const back = await readCaseStudy(db, id);
      const read = { text: back?.articles[0]?.text, "caseStudy.name.ar": back?.name.ar, gloss: back?.lexicon[0]?.gloss }[field];
      expect(read, label).toBe(trimmed ? value.trim() : value);
      stored++;
    }
    expect(stored).toBeGreaterThan(20);
  }, 120_000);
});
