import type { Outlet } from "@/lib/case-study/schema";
import { paragraphTranslationAt } from "@/lib/case-study/paragraph-translation";
import { countTerms, rankDistinctiveTerms, STOPWORDS, tokenize, type DistinctiveTerm, type Tokens } from "@/lib/engine";
import type { AnalyzedArticle, CaseAnalysis } from "./analyze-case";
import { keywordInContext } from "./evidence";
import { findTermSpansInTokens } from "./term-spans";

/**
 * Below this |z| a term's over-use may be chance: 1.96 is the two-sided 5% point of the normal
 * distribution that z approximately follows (Monroe, Colaresi and Quinn 2008).
 */
export const CHANCE_Z = 1.96;

/** One sentence where an outlet used a distinctive term, so a reader can judge the term. */
export interface TermExample {
  article: string;
  /** The article's language: the sentence is shown in it. */
  language: "ar" | "en";
  before: string;
  /** The term as the article spells it. */
  form: string;
  after: string;
  /** The English of the whole paragraph, or null when the article has no translation (never invented). */
  translation: string | null;
}

/** A distinctive term, with whether its over-use may be chance and a few sentences that use it. */
export interface RankedTerm extends DistinctiveTerm {
  /** |z| < {@link CHANCE_Z}. */
  mayBeChance: boolean;
  /** Up to {@link EXAMPLES_PER_TERM} sentences, each from a different article where there are enough. */
  examples: TermExample[];
}

/** The words and two-word phrases one outlet uses far more than the other outlets of its case. */
export interface OutletDistinctiveTerms {
  outlet: Outlet;
  /** Body words counted (stopwords and numbers left out), the base of its rates. */
  words: number;
  /** Over-used terms only (z > 0), the highest z first. */
  terms: RankedTerm[];
}

/** How many terms each outlet lists unless told otherwise. */
export const DEFAULT_DISTINCTIVE_LIMIT = 10;

/** How many sentences each term shows. */
export const EXAMPLES_PER_TERM = 2;

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
    const counts = countTerms(articlesOf(analysis, outlet.id).flatMap((a) => bodyTexts(a)), { stopwords: STOPWORDS, bigrams: true });
    groups[outlet.id] = counts;
    words[outlet.id] = [...counts].reduce((sum, [term, count]) => (term.includes(" ") ? sum : sum + count), 0);
  }
  const ranked = rankDistinctiveTerms(groups, { minCount: options.minCount });
  const limit = options.limit ?? DEFAULT_DISTINCTIVE_LIMIT;
  const translations = new Map((analysis.caseStudy.translations ?? []).map((t) => [t.article, t]));
  return analysis.caseStudy.outlets.map((outlet) => {
    // Each body segment tokenized once, for all the outlet's terms.
    const articles = articlesOf(analysis, outlet.id).map((analyzed) => ({
      analyzed,
      bodies: analyzed.segments.filter((s) => s.kind === "body").map((s) => ({ start: s.start, tokens: tokenize(analyzed.article.text.slice(s.start, s.end)) })),
      translationAt: paragraphTranslationAt({ ...analyzed.article, segments: analyzed.segments }, translations.get(analyzed.article.id)),
    }));
    return {
      outlet,
      words: words[outlet.id] ?? 0,
      terms: (ranked[outlet.id] ?? [])
        .filter((t) => t.z > 0)
        .slice(0, limit)
        .map((term) => ({ ...term, mayBeChance: Math.abs(term.z) < CHANCE_Z, examples: termExamples(articles, term.term) })),
    };
  });
}

/** An outlet's articles, oldest first. */
function articlesOf(analysis: CaseAnalysis, outletId: string): AnalyzedArticle[] {
  return analysis.articles.filter((a) => a.article.outlet.id === outletId).sort((a, b) => a.article.date.localeCompare(b.article.date));
}

/**
 * A few sentences that use a term, from the body: one per article first, then more from the
 * same articles if there are too few articles.
 */
function termExamples(articles: readonly { analyzed: AnalyzedArticle; bodies: readonly { start: number; tokens: Tokens }[]; translationAt: (offset: number) => string | null }[], term: string): TermExample[] {
  const perArticle = articles.map(({ analyzed, bodies, translationAt }) =>
    bodies
      .flatMap((body) => findTermSpansInTokens(body.tokens, term).map((span) => ({ start: body.start + span.start, end: body.start + span.end })))
      .map(({ start, end }): TermExample => {
        const text = analyzed.article.text;
        return { article: analyzed.article.id, language: analyzed.article.language, form: text.slice(start, end), ...keywordInContext(text, start, end), translation: translationAt(start) };
      }),
  );
  const examples: TermExample[] = [];
  for (let round = 0; examples.length < EXAMPLES_PER_TERM && perArticle.some((list) => list.length > round); round++) {
    for (const list of perArticle) {
      const example = list[round];
      if (example && examples.length < EXAMPLES_PER_TERM) examples.push(example);
    }
  }
  return examples;
}

/**
 * The body segments of an article, each its own text so no phrase spans the chrome between them.
 *
 * @param analyzed an analyzed article
 * @returns the texts of its body segments, in order
 */
export function bodyTexts({ article, segments }: Pick<AnalyzedArticle, "article" | "segments">): string[] {
  return segments.filter((s) => s.kind === "body").map((s) => article.text.slice(s.start, s.end));
}
