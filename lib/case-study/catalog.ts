import { getBundledCaseStudy } from "./load";
import type { CaseArticle, CaseStudy } from "./types";

/**
 * Every case study the app serves, the bundled one first.
 *
 * @returns the case studies in the order the first page lists them.
 */
export function listCaseStudies(): CaseStudy[] {
  return [getBundledCaseStudy()];
}

/**
 * One case study by its URL id.
 *
 * @param id the `[case]` segment of a URL.
 * @returns the case study, or undefined when no case study has this id.
 */
export function getCaseStudy(id: string): CaseStudy | undefined {
  return listCaseStudies().find((caseStudy) => caseStudy.id === id);
}

/**
 * One article of a case study by its URL id.
 *
 * @param caseStudy the case study to look in.
 * @param id the `[article]` segment of a URL.
 * @returns the article, or undefined when the case study has no article with this id.
 */
export function getArticle(caseStudy: CaseStudy, id: string): CaseArticle | undefined {
  return caseStudy.articles.find((article) => article.id === id);
}
