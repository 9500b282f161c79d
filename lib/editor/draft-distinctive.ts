import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { bodyTexts, getDistinctiveTerms, type OutletDistinctiveTerms } from "@/lib/comparison/distinctive";
import { type CaseDraft, caseStudyFromDraft } from "./draft";

/** A draft's distinctive terms, with each outlet's body texts to find a term's spelling in. */
export interface DraftDistinctiveTerms {
  outlets: OutletDistinctiveTerms[];
  /** Per outlet id, the body text of each of its articles (page chrome left out). */
  bodies: Record<string, string[]>;
}

/**
 * Each outlet's distinctive terms in a draft. They depend on the articles and outlets only,
 * never on the lexicon, so the articles are read here with an empty lexicon: adding a
 * suggestion to the lexicon does not rank everything again. The translations give each
 * example sentence its paragraph's English.
 *
 * @param caseId the case study's id
 * @param draft the draft
 * @param limit most terms per outlet
 */
export function findDraftDistinctiveTerms(caseId: string, draft: Pick<CaseDraft, "outlets" | "articles" | "translations">, limit: number): DraftDistinctiveTerms {
  const bare = { name: { en: "", ar: "" }, description: { en: "", ar: "" }, actors: [], events: [], lexicon: [] };
  const analysis = analyzeCaseStudy(caseStudyFromDraft(caseId, { ...bare, outlets: draft.outlets, articles: draft.articles, translations: draft.translations }));
  const bodies: Record<string, string[]> = {};
  for (const analyzed of analysis.articles) (bodies[analyzed.article.outlet.id] ??= []).push(...bodyTexts(analyzed));
  return { outlets: getDistinctiveTerms(analysis, { limit }), bodies };
}
