import type { ExerciseScore, Selection } from "./score";

/** What an index of exercises shows of a submitted one: the counts behind precision and recall. */
export interface ScoreSummary {
  found: number;
  selected: number;
  reference: number;
  categoryRight: number;
}

/** A student's work on one exercise, as kept in the browser. */
export interface ExerciseProgress {
  /** Their selections, in text order. */
  selections: Selection[];
  /** The score of their last submission; null while they are still marking. */
  submitted: ScoreSummary | null;
}

/** The storage the progress lives in: `window.localStorage`, or a stand-in in tests. */
export type ProgressStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "framelens.exercise";

/**
 * Where one exercise's progress is kept: per case study, article and answer-key version, so
 * two case studies, two articles, or a changed lexicon never share saved work.
 *
 * @param caseId the case study's id
 * @param articleId the article's id
 * @param version the answer key's version (answerKeyVersion)
 * @returns the localStorage key
 */
export function progressKey(caseId: string, articleId: string, version: string): string {
  return `${PREFIX}:${caseId}:${articleId}:${version}`;
}

/**
 * Sum a score up for saving.
 *
 * @param score a submission's score
 * @returns the counts an index needs
 */
export function summarizeScore(score: Pick<ExerciseScore, "found" | "missed" | "extra" | "categoryRight">): ScoreSummary {
  return {
    found: score.found.length,
    selected: score.found.length + score.extra.length,
    reference: score.found.length + score.missed.length,
    categoryRight: score.categoryRight,
  };
}

/**
 * Read saved progress. Anything unreadable (storage refused, another shape, a hand-edited value)
 * reads as no progress rather than breaking the page.
 *
 * @param storage where progress is kept
 * @param key the exercise's key (progressKey)
 * @returns the saved progress, or null
 */
export function readProgress(storage: ProgressStorage, key: string): ExerciseProgress | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    return parseProgress(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * Save progress.
 *
 * @param storage where progress is kept
 * @param key the exercise's key (progressKey)
 * @param progress the student's work
 * @returns false when the browser refused to store it (private mode, storage full)
 */
export function writeProgress(storage: ProgressStorage, key: string, progress: ExerciseProgress): boolean {
  try {
    storage.setItem(key, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/**
 * Forget an exercise's progress ("start again").
 *
 * @param storage where progress is kept
 * @param key the exercise's key (progressKey)
 */
export function clearProgress(storage: ProgressStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing was kept if storage is refused: nothing to clear.
  }
}

function parseProgress(value: unknown): ExerciseProgress | null {
  if (typeof value !== "object" || value === null) return null;
  const { selections, submitted } = value as Record<string, unknown>;
  if (!Array.isArray(selections) || !selections.every(isSelection)) return null;
  if (submitted !== null && !isSummary(submitted)) return null;
  return { selections, submitted };
}

function isSelection(value: unknown): value is Selection {
  if (typeof value !== "object" || value === null) return false;
  const { start, end, category } = value as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) < (end as number) && (category === null || typeof category === "string");
}

function isSummary(value: unknown): value is ScoreSummary {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return ["found", "selected", "reference", "categoryRight"].every((k) => Number.isInteger(v[k]));
}
