import { notFound } from "next/navigation";
import { getArticle } from "@/lib/cases/catalog";
import type { AnalyzedArticle, CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { narrowToPeriod, parsePeriod, type Period, type PeriodProblem } from "@/lib/comparison/period";
import { type Locale, isLocale } from "@/lib/i18n/locale";

/** A page's query, as Next gives it. */
export type PageQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A case study's page: its language and the analysis of the articles in its period. */
export interface CasePage {
  locale: Locale;
  /** The case analyzed, narrowed to the period in the URL (the whole case without one). */
  analysis: CaseAnalysis;
  /** The whole case's analysis, for what a page says about the period (n of N articles). */
  wholeCase: CaseAnalysis;
  period: Period;
  /** Why the URL's period could not be used (the page then shows the whole case and says so). */
  periodProblem: PeriodProblem | null;
}

/**
 * What a case study's page needs from its URL: the interface language and the case analyzed
 * (once per process and version), narrowed to the period the query names (`?from=2018-05&to=2018-06`).
 * An unknown language or case is the 404 page.
 *
 * @param params the route's params
 * @param query the page's query (absent: the whole case)
 * @returns the locale, the analysis in the period and the period read
 */
export async function findCasePage(params: Promise<{ locale: string; case: string }>, query: PageQuery = {}): Promise<CasePage> {
  const { locale, case: caseId } = await params;
  const wholeCase = await getCaseAnalysis(caseId);
  if (!isLocale(locale) || !wholeCase) notFound();
  const { period, problem } = parsePeriod(query);
  return { locale, analysis: narrowToPeriod(wholeCase, period), wholeCase, period, periodProblem: problem };
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
