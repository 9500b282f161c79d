import { caseSectionPath } from "@/lib/case-study/paths";

/**
 * The arrange view of a case study's deck, where a teacher picks, orders and hides slides.
 *
 * @param caseId the case study's id
 * @param query the deck's parameters (`slides`, `hide`), kept as they are
 * @returns `/cases/<id>/present/arrange[?query]`
 */
export function arrangePath(caseId: string, query?: URLSearchParams): string {
  const search = query?.toString().replace(/%2C/g, ",");
  return `${caseSectionPath(caseId, "present")}/arrange${search ? `?${search}` : ""}`;
}

/**
 * The running deck of a case study.
 *
 * @param caseId the case study's id
 * @param query the deck's parameters (`slides`, `hide`, `at`)
 * @returns `/cases/<id>/present[?query]`
 */
export function presentPath(caseId: string, query?: URLSearchParams): string {
  const search = query?.toString().replace(/%2C/g, ",");
  return `${caseSectionPath(caseId, "present")}${search ? `?${search}` : ""}`;
}

/**
 * The printable handout of a case study: both matrices and the glossary of their terms.
 *
 * @param caseId the case study's id
 * @returns `/cases/<id>/handout`
 */
export function handoutPath(caseId: string): string {
  return `${caseSectionPath(caseId)}/handout`;
}
