import type { Outlet } from "@/lib/case-study/schema";
import { countTerms, rankDistinctiveTerms, STOPWORDS, type DistinctiveTerm } from "@/lib/engine";
import type { AnalyzedArticle, CaseAnalysis } from "./analyze-case";

/** The words and two-word phrases one outlet uses far more than the other outlets of its case. */
export interface OutletDistinctiveTerms {
  outlet: Outlet;
  /** Body words counted (stopwords and numbers left out), the base of its rates. */
  words: number;
  /** Over-used terms only (z > 0), the highest z first. */
  terms: DistinctiveTerm[];
}

/** How many terms each outlet lists unless told otherwise. */
export const DEFAULT_DISTINCTIVE_LIMIT = 10;

/**
 * Each outlet's distinctive terms: its articles' body text (page chrome left out), Arabic and
 * English stopwords removed, words and two-word phrases ranked by the log-odds ratio with an
 * informative Dirichlet prior against all the other outlets pooled (see `rankDistinctiveTerms`).
 *
 * @param analysis a case study analyzed once
 * @param options `limit`: most terms per outlet (default {@link DEFAULT_DISTINCTIVE_LIMIT});
 *   `minCount`: least uses by the outlet (default 2)
 * @returns one entry per outlet, in the case study's order; an outlet with no article, or a
 *   case of one outlet, lists no term
 */
export function getDistinctiveTerms(analysis: CaseAnalysis, options: { limit?: number; minCount?: number } = {}): OutletDistinctiveTerms[] {
  const groups: Record<string, Map<string, number>> = {};
  const words: Record<string, number> = {};
  for (const outlet of analysis.caseStudy.outlets) {
    const articles = analysis.articles.filter((a) => a.article.outlet.id === outlet.id);
    const counts = countTerms(articles.flatMap(bodyTexts), { stopwords: STOPWORDS, bigrams: true });
    groups[outlet.id] = counts;
    words[outlet.id] = [...counts].reduce((sum, [term, count]) => (term.includes(" ") ? sum : sum + count), 0);
  }
  const ranked = rankDistinctiveTerms(groups, { minCount: options.minCount });
  const limit = options.limit ?? DEFAULT_DISTINCTIVE_LIMIT;
  return analysis.caseStudy.outlets.map((outlet) => ({
    outlet,
    words: words[outlet.id] ?? 0,
    terms: (ranked[outlet.id] ?? []).filter((t) => t.z > 0).slice(0, limit),
  }));
}

/** The body segments of an article, each its own text so no phrase spans the chrome between them. */
function bodyTexts(analyzed: AnalyzedArticle): string[] {
  return analyzed.segments.filter((s) => s.kind === "body").map((s) => analyzed.article.text.slice(s.start, s.end));
}
