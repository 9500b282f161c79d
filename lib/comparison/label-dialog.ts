import type { CaseAnalysis } from "./analyze-case";
import { buildActorMatrix, buildEventMatrix } from "./label-matrix";
import type { ArticleLanguage } from "./language-url";
import { cachedAnalysisForLanguage, caseLanguages } from "./language-view";
import { buildOccurrenceLabels, describeOccurrenceArticles, type OccurrenceArticle, type OccurrenceLabel } from "./occurrence-labels";
import type { LabelOccurrence, MatrixKind } from "./occurrences";
import type { Locale } from "@/lib/i18n/locale";

/** What an occurrences dialog shows, asked for as it opens: the label, its first sentences, and their articles. */
export interface LabelDialogContent {
  /** The label's facts in the interface language, its first sentences among them. */
  label: OccurrenceLabel;
  /** The same first sentences (kept beside the label: the route answered `{occurrences, total}` first). */
  occurrences: LabelOccurrence[];
  /** How many sentences there are in all. */
  total: number;
  /** The articles those sentences come from, as their headings name them. */
  articles: Record<string, OccurrenceArticle>;
}

/** Each matrix's labels per analysis and language: an analysis is kept per case-study version, so these are too. */
const labelsByAnalysis = new WeakMap<CaseAnalysis, Partial<Record<`${MatrixKind}:${Locale}`, Record<string, OccurrenceLabel>>>>();

/**
 * The content of one label's occurrences dialog, as the overview's language filter counts it.
 * The overview page carries none of it: a case of hundreds of articles has hundreds of labels,
 * and a dialog is opened for a few.
 *
 * @param analysis the analyzed case study
 * @param key the label's key (`<outlet>:<entry>:<row>`)
 * @param locale the interface language the facts are named in
 * @param options `kind`: the matrix (else the actor matrix, then the event matrix, is searched);
 *   `language`: only that language's articles (ignored for a case in one language)
 * @returns the dialog's content, or undefined for a label the matrix (so narrowed) does not have
 */
export function findLabelDialog(analysis: CaseAnalysis, key: string, locale: Locale, options: { kind?: MatrixKind; language?: ArticleLanguage } = {}): LabelDialogContent | undefined {
  const counted = options.language && caseLanguages(analysis).length > 1 ? cachedAnalysisForLanguage(analysis, options.language) : analysis;
  for (const kind of options.kind ? [options.kind] : (["actor", "event"] as const)) {
    const label = labelsOf(counted, kind, locale)[key];
    if (!label) continue;
    const { occurrences } = label;
    const used = new Set(occurrences.map((occurrence) => occurrence.article));
    const articles = Object.fromEntries(Object.entries(describeOccurrenceArticles(counted, locale)).filter(([id]) => used.has(id)));
    return { label, occurrences, total: label.total, articles };
  }
  return undefined;
}

function labelsOf(analysis: CaseAnalysis, kind: MatrixKind, locale: Locale): Record<string, OccurrenceLabel> {
  const byKey = labelsByAnalysis.get(analysis) ?? {};
  labelsByAnalysis.set(analysis, byKey);
  return (byKey[`${kind}:${locale}`] ??= buildOccurrenceLabels(analysis, kind, kind === "actor" ? buildActorMatrix(analysis) : buildEventMatrix(analysis), locale));
}
