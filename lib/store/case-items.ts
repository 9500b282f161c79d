import type { CuratorNote, LexiconEntry, Translation } from "@/lib/case-study/schema";
import type { CaseArticle } from "@/lib/case-study/types";
import { authorize, insertArticle, readCaseStudyIn, type StoredCaseStudy } from "./case-studies";
import type { Database, Queryable } from "./queryable";

/**
 * What one change of one article or one lexicon entry writes, once validated: the rows of that
 * article (with its translation and curator's notes) or that entry, and nothing else of the case.
 */
export type ItemWrite =
  /** The article, added last or put in the place of the one with its id, with its translations and notes. */
  | { kind: "article"; article: CaseArticle; translations: Translation[]; curatorNotes: CuratorNote[] }
  /** The article gone with its translation and notes; `lexicon`: the entries whose seeds named its raw file, without it. */
  | { kind: "articleDeleted"; id: string; lexicon: LexiconEntry[] }
  /** The entry, added last or put in the place of the one with its id. */
  | { kind: "entry"; entry: LexiconEntry }
  | { kind: "entryDeleted"; id: string };

/**
 * Change one article or one lexicon entry of a stored case study, in one transaction: the
 * token and version are checked and the case study locked (as a whole-case save does), `plan`
 * reads the case study as it is and says what to write (it validates the change against the
 * whole and throws to refuse it), then only those rows are written and the version goes up.
 *
 * @param db the database
 * @param id the case study
 * @param editToken the secret edit token
 * @param baseVersion the version the change was made from
 * @param plan from the case study now to the rows to write; what it throws refuses the change
 * @returns the new version
 * @throws StoreError 404, 403 or 409 as a whole-case save; whatever `plan` throws. Nothing changes then.
 */
export async function changeCaseItem(
  db: Database,
  id: string,
  editToken: string,
  baseVersion: number,
  plan: (current: StoredCaseStudy) => ItemWrite,
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    await authorize(tx, id, editToken, baseVersion);
    const current = await readCaseStudyIn(tx, id);
    if (!current) throw new Error(`case study "${id}" vanished under its lock`);
    await write(tx, id, plan(current));
    const [row] = await tx.query<{ version: number }>(`UPDATE case_studies SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`, [id]);
    return { version: row?.version ?? baseVersion + 1 };
  });
}

async function write(tx: Queryable, caseId: string, change: ItemWrite): Promise<void> {
  switch (change.kind) {
    case "article": {
      const { article } = change;
      const [old] = await tx.query<{ position: number }>(`DELETE FROM articles WHERE case_id = $1 AND id = $2 RETURNING position`, [caseId, article.id]);
      await insertArticle(tx, caseId, article, old ? old.position : await nextPosition(tx, "articles", caseId));
      await deleteOfArticle(tx, caseId, article.id);
      for (const translation of change.translations) {
        await tx.query(`INSERT INTO translations (case_id, position, translation) VALUES ($1, $2, $3)`, [caseId, await nextPosition(tx, "translations", caseId), JSON.stringify(translation)]);
      }
      for (const note of change.curatorNotes) {
        await tx.query(`INSERT INTO curator_notes (case_id, position, note) VALUES ($1, $2, $3)`, [caseId, await nextPosition(tx, "curator_notes", caseId), JSON.stringify(note)]);
      }
      return;
    }
    case "articleDeleted":
      await tx.query(`DELETE FROM articles WHERE case_id = $1 AND id = $2`, [caseId, change.id]);
      await deleteOfArticle(tx, caseId, change.id);
      for (const entry of change.lexicon) await tx.query(`UPDATE lexicon_entries SET entry = $3 WHERE case_id = $1 AND id = $2`, [caseId, entry.id, JSON.stringify(entry)]);
      return;
    case "entry": {
      const { entry } = change;
      const updated = await tx.query<{ id: string }>(`UPDATE lexicon_entries SET entry = $3 WHERE case_id = $1 AND id = $2 RETURNING id`, [caseId, entry.id, JSON.stringify(entry)]);
      if (updated.length === 0) {
        await tx.query(`INSERT INTO lexicon_entries (case_id, id, position, entry) VALUES ($1, $2, $3, $4)`, [caseId, entry.id, await nextPosition(tx, "lexicon_entries", caseId), JSON.stringify(entry)]);
      }
      return;
    }
    case "entryDeleted":
      await tx.query(`DELETE FROM lexicon_entries WHERE case_id = $1 AND id = $2`, [caseId, change.id]);
      return;
  }
}

/** Remove an article's translations and curator's notes (they are put back, or go with it). */
async function deleteOfArticle(tx: Queryable, caseId: string, articleId: string): Promise<void> {
  await tx.query(`DELETE FROM translations WHERE case_id = $1 AND translation->>'article' = $2`, [caseId, articleId]);
  await tx.query(`DELETE FROM curator_notes WHERE case_id = $1 AND note->>'article' = $2`, [caseId, articleId]);
}

/** The position after the last one of a case study's rows in a table: where an added row goes. */
async function nextPosition(tx: Queryable, table: "articles" | "translations" | "curator_notes" | "lexicon_entries", caseId: string): Promise<number> {
  const [row] = await tx.query<{ next: number }>(`SELECT COALESCE(max(position) + 1, 0)::integer AS next FROM ${table} WHERE case_id = $1`, [caseId]);
  return row?.next ?? 0;
}
