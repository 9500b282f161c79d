import { notFound } from "next/navigation";
import { getArticle } from "@/lib/cases/catalog";
import type { AnalyzedArticle, CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { type Locale, isLocale } from "@/lib/i18n/locale";

/**
 * What a case study's page needs from its URL: the interface language and the case analyzed
 * (once per process and version). An unknown language or case is the 404 page.
 *
 * @param params the route's params
 * @returns the locale and the analysis
 */
export async function findCasePage(params: Promise<{ locale: string; case: string }>): Promise<{ locale: Locale; analysis: CaseAnalysis }> {
  const { locale, case: caseId } = await params;
  const analysis = await getCaseAnalysis(caseId);
  if (!isLocale(locale) || !analysis) notFound();
  return { locale, analysis };
}

/**
 * What a page about one article (the reader, the exercise) needs from its URL: the language,
 * the case study, the article and what the engine found in it. Unknown ones are the 404 page.
 *
 * @param params the route's params
 * @returns the locale, the case study, the article and its analysis
 */
export async function findArticlePage(params: Promise<{ locale: string; case: string; article: string }>) {
  const { locale, case: caseId, article: articleId } = await params;
  const analysis = await getCaseAnalysis(caseId);
  const caseStudy = analysis?.caseStudy;
  const article = caseStudy && getArticle(caseStudy, articleId);
  const analyzed: AnalyzedArticle | undefined = article && analysis?.articles.find((a) => a.article.id === article.id);
  if (!isLocale(locale) || !caseStudy || !article || !analyzed) notFound();
  return { locale, caseStudy, article, analyzed };
}
