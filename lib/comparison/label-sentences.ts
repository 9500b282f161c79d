import type { CaseAnalysis } from "./analyze-case";
import { collectLabelOccurrences, type LabelOccurrence, type MatrixKind } from "./occurrences";

/**
 * The most sentences a label's dialog lists: past this the dialog says how many there are and
 * links to the evidence table, which has every one.
 */
export const MAX_DIALOG_OCCURRENCES = 10;

/** Every label's sentences per analysis and matrix: an analysis is cached per case-study version, so this is too. */
const collected = new WeakMap<CaseAnalysis, Partial<Record<MatrixKind, Record<string, LabelOccurrence[]>>>>();

/**
 * Every sentence behind every label of a matrix ({@link collectLabelOccurrences}), collected
 * once per analysis: the overview's dialogs and the route that feeds a large case study's
 * dialogs read the same collection.
 *
 * @param analysis the analyzed case study
 * @param kind the actor or the event matrix
 * @returns label key → its occurrences
 */
export function getLabelOccurrences(analysis: CaseAnalysis, kind: MatrixKind): Record<string, LabelOccurrence[]> {
  const byKind = collected.get(analysis) ?? {};
  collected.set(analysis, byKind);
  return (byKind[kind] ??= collectLabelOccurrences(analysis, kind));
}

/**
 * The first sentences behind one label of a matrix, for a dialog that loads them when it opens
 * (a large case study's overview would otherwise carry thousands of sentences nobody reads).
 *
 * @param analysis the analyzed case study
 * @param kind the actor or the event matrix
 * @param key the label's key (`<outlet>:<entry>:<row>`)
 * @param limit how many sentences to return at most
 * @returns the first sentences and how many there are in all, or undefined for a label the matrix does not have
 */
export function findLabelSentences(analysis: CaseAnalysis, kind: MatrixKind, key: string, limit: number): { occurrences: LabelOccurrence[]; total: number } | undefined {
  const all = getLabelOccurrences(analysis, kind)[key];
  return all && { occurrences: all.slice(0, limit), total: all.length };
}
