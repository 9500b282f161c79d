import { randomBytes } from "node:crypto";
import type { CuratorNote, LexiconEntry, ReferentRule, Translation } from "@/lib/case-study/schema";
import type { Bilingual, CaseArticle, CaseStudy, CaseStudyContent } from "@/lib/case-study/types";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import type { Database, Queryable } from "./queryable";
import { createEditToken, tokenMatches } from "./tokens";

/**
 * A refused change: `status` is the HTTP status that fits (403, 404, 409); its text is in both
 * interface languages (`message` is the English). A conflict says the version now saved.
 */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(
    readonly text: LocalizedText,
    readonly status: 403 | 404 | 409,
    readonly currentVersion: number | null = null,
  ) {
    super(text.en);
  }
}

/** A stored case study: the same shape as the bundled one, plus the version edits are based on. */
export interface StoredCaseStudy extends CaseStudy {
  version: number;
  updatedAt: string;
}

/** What a case study is made of when it is created or saved (already validated). */
export interface CaseStudyDraft {
  name: Bilingual;
  description: Bilingual;
  content: CaseStudyContent;
}

/** Ids the bundled case studies use: a stored one never takes them. */
const RESERVED_IDS = new Set(["derna", "new"]);

/**
 * Store a new case study; it gets a readable id, version 1 and a secret edit token.
 *
 * @param db the database
 * @param draft the validated case study
 * @returns its id, its edit token (shown once: only its hash is stored) and its version
 */
export async function createCaseStudy(db: Database, draft: CaseStudyDraft): Promise<{ id: string; editToken: string; version: number }> {
  const { token, hash } = createEditToken();
  const id = newCaseId(draft.name.en);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO case_studies (id, name_en, name_ar, description_en, description_ar, edit_token_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, draft.name.en, draft.name.ar, draft.description.en, draft.description.ar, hash],
    );
    await insertContent(tx, id, draft.content);
  });
  return { id, editToken: token, version: 1 };
}

/**
 * Read a stored case study, whole.
 *
 * @param db the database
 * @param id its id
 * @returns the case study, or null when there is none with that id
 */
export async function readCaseStudy(db: Database, id: string): Promise<StoredCaseStudy | null> {
  // One transaction, so a save in between cannot mix two versions.
  return db.transaction((tx) => readCaseStudyIn(tx, id));
}

/**
 * A stored case study's current version, without reading the case study: one indexed row.
 *
 * @param db the database
 * @param id its id
 * @returns the version, or null when there is none with that id
 */
export async function readCaseVersion(db: Queryable, id: string): Promise<number | null> {
  const [row] = await db.query<{ version: number }>(`SELECT version FROM case_studies WHERE id = $1`, [id]);
  return row ? row.version : null;
}

/**
 * Read a stored case study, whole, inside a transaction already open (a change reads what it
 * changes under the same lock).
 *
 * @param db the database or a transaction
 * @param id its id
 * @returns the case study, or null when there is none with that id
 */
export async function readCaseStudyIn(db: Queryable, id: string): Promise<StoredCaseStudy | null> {
  const [row] = await selectRows<CaseRow>(db, `SELECT row_to_json(c)::text AS row FROM (SELECT id, name_en, name_ar, description_en, description_ar, version, updated_at FROM case_studies WHERE id = $1) c`, [id]);
  if (!row) return null;
  const outlets = await selectRows<OutletRow>(db, `SELECT row_to_json(t)::text AS row FROM outlets t WHERE case_id = $1 ORDER BY position`, [id]);
  const actors = await selectRows<ActorRow>(db, `SELECT row_to_json(t)::text AS row FROM actors t WHERE case_id = $1 ORDER BY position`, [id]);
  const events = await selectRows<EventRow>(db, `SELECT row_to_json(t)::text AS row FROM events t WHERE case_id = $1 ORDER BY position`, [id]);
  const articles = await selectRows<ArticleRow>(db, `SELECT row_to_json(t)::text AS row FROM articles t WHERE case_id = $1 ORDER BY position`, [id]);
  const lexicon = await db.query<{ entry: LexiconEntry }>(`SELECT entry FROM lexicon_entries WHERE case_id = $1 ORDER BY position`, [id]);
  const rules = await db.query<{ rule: ReferentRule }>(`SELECT rule FROM referent_rules WHERE case_id = $1 ORDER BY position`, [id]);
  const notes = await db.query<{ note: CuratorNote }>(`SELECT note FROM curator_notes WHERE case_id = $1 ORDER BY position`, [id]);
  const translations = await db.query<{ translation: Translation }>(`SELECT translation FROM translations WHERE case_id = $1 ORDER BY position`, [id]);
  const outletList = outlets.map((o) => ({
    id: o.id,
    name: { en: o.name_en, ar: o.name_ar },
    country: o.country,
    ...arabic("country_ar", o.country_ar),
    language: o.language as "ar" | "en",
    description: o.description,
    ...arabic("description_ar", o.description_ar),
  }));
  const outletsById = new Map(outletList.map((o) => [o.id, o]));
  return {
    id: row.id,
    name: { en: row.name_en, ar: row.name_ar },
    description: { en: row.description_en, ar: row.description_ar },
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    outlets: outletList,
    actors: actors.map((a) => ({ id: a.id, name: { en: a.name_en, ar: a.name_ar }, description: a.description })),
    events: events.map((e) => ({ id: e.id, name: { en: e.name_en, ar: e.name_ar }, period: e.period, ...arabic("period_ar", e.period_ar), description: e.description })),
    lexicon: lexicon.map((l) => l.entry),
    referentRules: rules.map((r) => r.rule),
    curatorNotes: notes.map((n) => n.note),
    translations: translations.map((t) => t.translation),
    articles: articles.map((a): CaseArticle => {
      const outlet = outletsById.get(a.outlet_id);
      if (!outlet) throw new Error(`stored case study "${id}": article "${a.id}" names outlet "${a.outlet_id}", which it lacks`);
      return {
        id: a.id,
        outlet,
        headline: a.headline,
        subheadline: a.subheadline,
        date: a.date,
        datePrecision: a.date_precision as CaseArticle["datePrecision"],
        dateApproximate: a.date_approximate,
        dateEvidence: a.date_evidence,
        ...arabic("dateEvidence_ar", a.date_evidence_ar),
        byline: a.byline,
        rawFile: a.raw_file,
        language: a.language as "ar" | "en",
        events: a.events,
        chromeLines: a.chrome_lines,
        text: a.text,
      };
    }),
  };
}

/**
 * Replace a stored case study's content with a new version, if the token is its edit token and
 * the change was based on its current version. All or nothing: a failure leaves it as it was.
 *
 * @param db the database
 * @param id the case study
 * @param editToken the secret edit token
 * @param baseVersion the version the change was made from
 * @param draft the new, validated case study
 * @returns the new version
 * @throws StoreError 404 (no such case study), 403 (wrong token: nothing changes), 409 (someone
 *   saved a newer version since: nothing changes, and the message names both versions)
 */
export async function saveCaseStudy(db: Database, id: string, editToken: string, baseVersion: number, draft: CaseStudyDraft): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    await authorize(tx, id, editToken, baseVersion);
    await tx.query(`DELETE FROM articles WHERE case_id = $1`, [id]);
    for (const table of ["translations", "curator_notes", "referent_rules", "lexicon_entries", "events", "actors", "outlets"]) await tx.query(`DELETE FROM ${table} WHERE case_id = $1`, [id]);
    await insertContent(tx, id, draft.content);
    const [row] = await tx.query<{ version: number }>(
      `UPDATE case_studies SET name_en = $2, name_ar = $3, description_en = $4, description_ar = $5, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [id, draft.name.en, draft.name.ar, draft.description.en, draft.description.ar],
    );
    return { version: row?.version ?? baseVersion + 1 };
  });
}

/**
 * Delete a stored case study and everything in it.
 *
 * @throws StoreError 404, 403 or 409 as {@link saveCaseStudy}
 */
export async function deleteCaseStudy(db: Database, id: string, editToken: string, baseVersion: number): Promise<void> {
  await db.transaction(async (tx) => {
    await authorize(tx, id, editToken, baseVersion);
    await tx.query(`DELETE FROM case_studies WHERE id = $1`, [id]);
  });
}

/** The stored case studies, newest first, as the first page lists them. */
export async function listStoredCaseStudies(db: Queryable): Promise<{ id: string; name: Bilingual; articles: number; updatedAt: string }[]> {
  const rows = await selectRows<{ id: string; name_en: string; name_ar: string; articles: number | string; updated_at: string }>(
    db,
    `SELECT row_to_json(l)::text AS row FROM (
       SELECT c.id, c.name_en, c.name_ar, c.updated_at, (SELECT count(*) FROM articles a WHERE a.case_id = c.id) AS articles
         FROM case_studies c) l ORDER BY l.updated_at DESC, l.id`,
  );
  return rows.map((r) => ({ id: r.id, name: { en: r.name_en, ar: r.name_ar }, articles: Number(r.articles), updatedAt: new Date(r.updated_at).toISOString() }));
}

/**
 * Check a change before it is made, locking the case study's row until the transaction ends:
 * every change, whole-case or one article or entry, goes through here.
 *
 * @param tx the open transaction
 * @throws StoreError 404 (no such case study), 403 (wrong token), 409 (the version is not the current one)
 */
export async function authorize(tx: Queryable, id: string, editToken: string, baseVersion: number): Promise<void> {
  const [row] = await tx.query<{ edit_token_hash: string; version: number }>(`SELECT edit_token_hash, version FROM case_studies WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw new StoreError(serverText("caseNotFound", { id }), 404);
  if (!tokenMatches(editToken, row.edit_token_hash)) throw new StoreError(serverText("tokenWrong", { id }), 403);
  if (row.version !== baseVersion) {
    throw new StoreError(serverText("versionConflict", { id, base: baseVersion, current: row.version }), 409, row.version);
  }
}

async function insertContent(tx: Queryable, id: string, content: CaseStudyContent): Promise<void> {
  for (const [i, o] of content.outlets.entries()) {
    await tx.query(`INSERT INTO outlets (case_id, id, position, name_en, name_ar, country, language, description, country_ar, description_ar) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
      id, o.id, i, o.name.en, o.name.ar, o.country, o.language, o.description, o.country_ar ?? null, o.description_ar ?? null,
    ]);
  }
  for (const [i, a] of content.actors.entries()) {
    await tx.query(`INSERT INTO actors (case_id, id, position, name_en, name_ar, description) VALUES ($1, $2, $3, $4, $5, $6)`, [id, a.id, i, a.name.en, a.name.ar, a.description]);
  }
  for (const [i, e] of content.events.entries()) {
    await tx.query(`INSERT INTO events (case_id, id, position, name_en, name_ar, period, description, period_ar) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      id, e.id, i, e.name.en, e.name.ar, e.period, e.description, e.period_ar ?? null,
    ]);
  }
  for (const [i, a] of content.articles.entries()) await insertArticle(tx, id, a, i);
  for (const [i, entry] of content.lexicon.entries()) {
    await tx.query(`INSERT INTO lexicon_entries (case_id, id, position, entry) VALUES ($1, $2, $3, $4)`, [id, entry.id, i, JSON.stringify(entry)]);
  }
  for (const [i, rule] of (content.referentRules ?? []).entries()) {
    await tx.query(`INSERT INTO referent_rules (case_id, id, position, rule) VALUES ($1, $2, $3, $4)`, [id, rule.id, i, JSON.stringify(rule)]);
  }
  for (const [i, note] of (content.curatorNotes ?? []).entries()) {
    await tx.query(`INSERT INTO curator_notes (case_id, position, note) VALUES ($1, $2, $3)`, [id, i, JSON.stringify(note)]);
  }
  for (const [i, translation] of (content.translations ?? []).entries()) {
    await tx.query(`INSERT INTO translations (case_id, position, translation) VALUES ($1, $2, $3)`, [id, i, JSON.stringify(translation)]);
  }
}

/**
 * Store one article of a case study at a position (its place in the list of articles).
 *
 * @param tx the open transaction
 * @param caseId the case study
 * @param a the validated article
 * @param position where it is listed (the lowest first)
 */
export async function insertArticle(tx: Queryable, caseId: string, a: CaseArticle, position: number): Promise<void> {
  await tx.query(
    `INSERT INTO articles (case_id, id, position, outlet_id, headline, subheadline, date, date_precision, date_approximate, date_evidence, byline, raw_file, language, events, chrome_lines, text, date_evidence_ar)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [caseId, a.id, position, a.outlet.id, a.headline, a.subheadline, a.date, a.datePrecision, a.dateApproximate, a.dateEvidence, a.byline, a.rawFile, a.language, JSON.stringify(a.events), JSON.stringify(a.chromeLines), a.text, a.dateEvidence_ar ?? null],
  );
}

/**
 * Rows read as one JSON text each (`SELECT row_to_json(t)::text AS row …`), parsed here. The
 * embedded database decodes a text column as a document and drops a leading byte-order mark
 * (U+FEFF) from it; inside JSON the mark is a character of a string, and comes back, so every
 * text reads back exactly as it was saved, on both databases.
 */
async function selectRows<Row>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const rows = await db.query<{ row: string }>(sql, params);
  return rows.map(({ row }) => JSON.parse(row) as Row);
}

/** A readable, unguessable-enough id: the English name as a slug, and six random characters. */
function newCaseId(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const suffix = randomBytes(6).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "x").slice(0, 6);
  const id = slug && !RESERVED_IDS.has(slug) ? `${slug}-${suffix}` : `case-${suffix}`;
  return id;
}

/** An optional Arabic field as the case study holds it: absent when the column is null, so a stored case reads back as it was saved. */
function arabic<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Record<K, string>);
}

interface CaseRow { id: string; name_en: string; name_ar: string; description_en: string; description_ar: string; version: number; updated_at: string }
interface OutletRow { id: string; name_en: string; name_ar: string; country: string; language: string; description: string; country_ar: string | null; description_ar: string | null }
interface ActorRow { id: string; name_en: string; name_ar: string; description: string }
interface EventRow { id: string; name_en: string; name_ar: string; period: string; description: string; period_ar: string | null }
interface ArticleRow {
  id: string; outlet_id: string; headline: string | null; subheadline: string | null; date: string; date_precision: string; date_approximate: boolean;
  date_evidence: string; date_evidence_ar: string | null; byline: string | null; raw_file: string; language: string; events: string[]; chrome_lines: string[]; text: string;
}
