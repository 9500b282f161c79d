import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { buildActorMatrix, buildEventMatrix, type MatrixRow } from "@/lib/comparison/label-matrix";
import { pickSummaryActors, summarizeOutlets } from "@/lib/comparison/summary";
import type { Locale } from "@/lib/i18n/locale";
import type { Outlet } from "@/lib/case-study/schema";
import type { ArticleLanguage } from "./language-url";
import { analysisForLanguage, caseLanguages } from "./language-view";
import { pickKeyContrast, type KeyContrastRow } from "./key-contrast";
import { describePlainNameExamples, plainNameExamples } from "./plain-name-examples";
import { ownVoiceOnly } from "./voice";

/** What the overview counts for one choice of articles (all of them, or one language's). */
export interface OverviewCounts {
  /** The outlets the matrices have a column for: those with articles in the choice. */
  outlets: Outlet[];
  /** The most contested actors and each outlet's most-used framing label for them: the first screen. */
  keyContrast: KeyContrastRow[];
  actorRows: MatrixRow[];
  eventRows: MatrixRow[];
  summaries: ReturnType<typeof summarizeOutlets>;
  summaryActors: ReturnType<typeof pickSummaryActors>;
  /**
   * The key contrast and summaries counting the outlets' own words alone (`?voice=outlet`). The
   * matrices need no second copy: each label's quoted uses are the ones left out.
   */
  own: Pick<OverviewCounts, "keyContrast" | "summaries" | "summaryActors">;
}

/**
 * Everything the overview derives from an analysis, in one interface language. No label's
 * sentences: each dialog asks for its own as it opens (`findLabelDialog`), so the page
 * does not grow with the case's articles (the 200-article case study's overview carried 155 KB
 * of label facts and, before that, 2,657 sentences).
 */
export interface OverviewData extends OverviewCounts {
  /** The case's own most used plain names, as a parenthesis for the legend and the help ({@link describePlainNameExamples}). */
  plainNames: string;
  /** The languages of the case's articles; with more than one the overview offers `?language=`. */
  languages: ArticleLanguage[];
  /** The counts of each language's articles alone, when the case mixes languages (else empty). */
  byLanguage: Partial<Record<ArticleLanguage, OverviewCounts>>;
}

/** Derived data per analysis object: an analysis is cached per case-study version, so this is too, and dies with it. */
const derived = new WeakMap<CaseAnalysis, Partial<Record<Locale, OverviewData>>>();

/**
 * The overview's matrices and summaries, worked out once per
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
  const actor = buildActorMatrix(analysis);
  const event = buildEventMatrix(analysis);
  const languages = caseLanguages(analysis);
  const data: OverviewData = {
    ...countOverview(analysis, actor, event),
    plainNames: describePlainNameExamples(plainNameExamples(analysis), locale),
    languages,
    byLanguage: languages.length < 2 ? {} : Object.fromEntries(languages.map((language) => [language, countOverview(analysisForLanguage(analysis, language))])),
  };
  byLocale[locale] = data;
  return data;
}

/** The matrices and summaries of an analysis (its matrices given when already built). */
function countOverview(analysis: CaseAnalysis, actorRows = buildActorMatrix(analysis), eventRows = buildEventMatrix(analysis)): OverviewCounts {
  const { outlets } = analysis.caseStudy;
  const summaries = summarizeOutlets(analysis);
  const own = ownVoiceOnly(analysis);
  const ownSummaries = summarizeOutlets(own);
  const ownActorRows = buildActorMatrix(own);
  const outletIds = outlets.map((outlet) => outlet.id);
  return {
    outlets,
    keyContrast: pickKeyContrast(actorRows, outletIds),
    actorRows,
    eventRows,
    summaries,
    summaryActors: pickSummaryActors(summaries),
    own: {
      keyContrast: pickKeyContrast(ownActorRows, outletIds),
      summaries: ownSummaries,
      summaryActors: pickSummaryActors(ownSummaries),
    },
  };
}
