/** A case study's pages, by the last segment of their route. */
export type CaseSection = "overview" | "compare" | "charts" | "timeline" | "terms" | "glossary" | "exercise" | "present" | "edit";

/**
 * The URL of one of a case study's pages.
 *
 * @param caseId the case study's id
 * @param section which page (default the overview)
 * @returns `/cases/<caseId>` or `/cases/<caseId>/<section>`
 */
export function caseSectionPath(caseId: string, section: CaseSection = "overview"): string {
  const base = `/cases/${encodeURIComponent(caseId)}`;
  return section === "overview" ? base : `${base}/${section}`;
}

/**
 * The URL of an article's reader page.
 *
 * @param caseId the case study's id.
 * @param articleId the article's id.
 * @returns `/cases/<caseId>/articles/<articleId>`.
 */
export function articlePath(caseId: string, articleId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/articles/${encodeURIComponent(articleId)}`;
}

/**
 * The URL of the spot-the-framing exercise on one article.
 *
 * @param caseId the case study's id
 * @param articleId the article's id
 * @returns `/cases/<caseId>/exercise/<articleId>`
 */
export function exercisePath(caseId: string, articleId: string): string {
  return `${caseSectionPath(caseId, "exercise")}/${encodeURIComponent(articleId)}`;
}
