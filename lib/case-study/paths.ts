/**
 * The URL of a case study's section on the first page.
 *
 * @param caseId the case study's id.
 * @returns `/#case-<caseId>`.
 */
export function caseStudyPath(caseId: string): string {
  return `/#case-${encodeURIComponent(caseId)}`;
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
