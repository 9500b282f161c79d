import { sumCounts } from "@/lib/engine";
import type { CaseAnalysis } from "./analyze-case";
import type { ArticleLanguage } from "./language-url";

/**
 * The languages a case study's articles are in, Arabic first.
 *
 * @param analysis the analyzed case study
 * @returns e.g. `["ar"]` for the bundled Derna case, `["ar", "en"]` for a mixed one
 */
export function caseLanguages(analysis: Pick<CaseAnalysis, "articles">): ArticleLanguage[] {
  const used = new Set(analysis.articles.map((a) => a.article.language));
  return (["ar", "en"] as const).filter((language) => used.has(language));
}

/**
 * The same case study narrowed to the articles in one language: the outlets with none left out,
 * the counts per outlet added up again, so every matrix, summary and CSV built from it counts
 * that language's coverage alone. The lexicon, actors and events stay whole: one entry is one
 * concept in either language.
 *
 * @param analysis the analyzed case study
 * @param language the language to keep
 * @returns a new analysis
 */
export function analysisForLanguage(analysis: CaseAnalysis, language: ArticleLanguage): CaseAnalysis {
  const articles = analysis.articles.filter((a) => a.article.language === language);
  const outletIds = new Set(articles.map((a) => a.article.outlet.id));
  const outlets = analysis.caseStudy.outlets.filter((o) => outletIds.has(o.id));
  const byOutlet = new Map(outlets.map((outlet) => [outlet.id, sumCounts(articles.filter((a) => a.article.outlet.id === outlet.id).map((a) => a.counts))]));
  return { caseStudy: { ...analysis.caseStudy, outlets, articles: articles.map((a) => a.article) }, articles, byOutlet };
}

/** One language's narrowed analysis per analysis: cached with it, dropped with it. */
const narrowed = new WeakMap<CaseAnalysis, Partial<Record<ArticleLanguage, CaseAnalysis>>>();

/**
 * {@link analysisForLanguage}, worked out once per analysis and language: the routes that feed the
 * overview's dialogs and CSV files narrow the same analysis on every request.
 *
 * @param analysis the analyzed case study (cached per version)
 * @param language the language to keep
 * @returns the narrowed analysis, the same object each time
 */
export function cachedAnalysisForLanguage(analysis: CaseAnalysis, language: ArticleLanguage): CaseAnalysis {
  const byLanguage = narrowed.get(analysis) ?? {};
  narrowed.set(analysis, byLanguage);
  return (byLanguage[language] ??= analysisForLanguage(analysis, language));
}
