import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { buildActorMatrix, buildEventMatrix, type MatrixRow } from "@/lib/comparison/label-matrix";
import { buildMatrixCsv } from "@/lib/comparison/matrix-csv";
import { pickSummaryActors, summarizeOutlets } from "@/lib/comparison/summary";
import type { Locale } from "@/lib/i18n/locale";
import { describePlainNameExamples, plainNameExamples } from "./plain-name-examples";
import { ownVoiceOnly } from "./voice";
import { pickKeyContrast, type KeyContrastRow } from "./key-contrast";
import { buildOccurrenceLabels, describeOccurrenceArticles, type OccurrenceArticle, type OccurrenceLabel } from "./occurrence-labels";

/** Everything the overview derives from an analysis, in one interface language. */
export interface OverviewData {
  /** The most contested actors and each outlet's most-used framing label for them: the first screen. */
  keyContrast: KeyContrastRow[];
  actorRows: MatrixRow[];
  eventRows: MatrixRow[];
  summaries: ReturnType<typeof summarizeOutlets>;
  summaryActors: ReturnType<typeof pickSummaryActors>;
  actorCsv: string;
  eventCsv: string;
  labels: Record<string, OccurrenceLabel>;
  articles: Record<string, OccurrenceArticle>;
  /** The case's own most used plain names, as a parenthesis for the legend and the help ({@link describePlainNameExamples}). */
  plainNames: string;
  /**
   * The summaries and CSV files counting the outlets' own words alone (`?voice=outlet`). The
   * matrices need no second copy: each label's quoted uses are the ones left out.
   */
  own: Pick<OverviewData, "keyContrast" | "summaries" | "summaryActors" | "actorCsv" | "eventCsv">;
}

/**
 * The most dialog sentences an overview page carries in all. Past this (a stored case study of
 * many articles) the page carries none and each dialog loads its own as it opens: the 200-article
 * case study's overview carried 2,657 sentences, three quarters of its 2 MB.
 */
export const MAX_SHIPPED_SENTENCES = 600;

/** Derived data per analysis object: an analysis is cached per case-study version, so this is too, and dies with it. */
const derived = new WeakMap<CaseAnalysis, Partial<Record<Locale, OverviewData>>>();

/**
 * The overview's matrices, summaries, CSV files and dialog labels, worked out once per
 * analysis and language rather than on every request: for a stored case study of hundreds of
 * articles this is most of a render's work. Never stale: a saved case study is a new version,
 * so a new analysis object.
 *
 * @param analysis the analyzed case study (from `getCaseAnalysis`)
 * @param locale the interface language
 */
export function getOverviewData(analysis: CaseAnalysis, locale: Locale): OverviewData {
  const byLocale = derived.get(analysis) ?? {};
  derived.set(analysis, byLocale);
  const cached = byLocale[locale];
  if (cached) return cached;
  const { outlets } = analysis.caseStudy;
  const actorRows = buildActorMatrix(analysis);
  const eventRows = buildEventMatrix(analysis);
  const summaries = summarizeOutlets(analysis);
  const own = ownVoiceOnly(analysis);
  const ownSummaries = summarizeOutlets(own);
  const ownActorRows = buildActorMatrix(own);
  const outletIds = outlets.map((outlet) => outlet.id);
  const data: OverviewData = {
    keyContrast: pickKeyContrast(actorRows, outletIds),
    actorRows,
    eventRows,
    summaries,
    summaryActors: pickSummaryActors(summaries),
    actorCsv: buildMatrixCsv(actorRows, outlets, "actor"),
    eventCsv: buildMatrixCsv(eventRows, outlets, "event"),
    labels: shipOrLoadSentences({ ...buildOccurrenceLabels(analysis, "actor", actorRows, locale), ...buildOccurrenceLabels(analysis, "event", eventRows, locale) }),
    articles: describeOccurrenceArticles(analysis, locale),
    plainNames: describePlainNameExamples(plainNameExamples(analysis), locale),
    own: {
      keyContrast: pickKeyContrast(ownActorRows, outletIds),
      summaries: ownSummaries,
      summaryActors: pickSummaryActors(ownSummaries),
      actorCsv: buildMatrixCsv(ownActorRows, outlets, "actor"),
      eventCsv: buildMatrixCsv(buildEventMatrix(own), outlets, "event"),
    },
  };
  byLocale[locale] = data;
  return data;
}

/** The labels as the page carries them: with their sentences when these are few enough, else without. */
function shipOrLoadSentences(labels: Record<string, OccurrenceLabel>): Record<string, OccurrenceLabel> {
  const sentences = Object.values(labels).reduce((sum, label) => sum + (label.occurrences?.length ?? 0), 0);
  if (sentences <= MAX_SHIPPED_SENTENCES) return labels;
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { ...label, occurrences: null }]));
}
