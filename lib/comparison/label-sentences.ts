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
 * The first sentences behind one label of a matrix, for a dialog that loads them when it opens
 * (a large case study's overview would otherwise carry thousands of sentences nobody reads).
 * The sentences of a whole matrix are collected once per analysis.
 *
 * @param analysis the analyzed case study
 * @param kind the actor or the event matrix
 * @param key the label's key (`<outlet>:<entry>:<row>`)
 * @param limit how many sentences to return at most
 * @returns the first sentences and how many there are in all, or undefined for a label the matrix does not have
 */
export function findLabelSentences(analysis: CaseAnalysis, kind: MatrixKind, key: string, limit: number): { occurrences: LabelOccurrence[]; total: number } | undefined {
  const byKind = collected.get(analysis) ?? {};
  collected.set(analysis, byKind);
  const all = (byKind[kind] ??= collectLabelOccurrences(analysis, kind))[key];
  return all && { occurrences: all.slice(0, limit), total: all.length };
}
