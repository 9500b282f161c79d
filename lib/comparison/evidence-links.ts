import { caseSectionPath } from "@/lib/case-study/paths";

/** The filters the evidence table reads from its URL; several values of one filter are OR-ed. */
export interface EvidenceFilters {
  outlet?: string | readonly string[];
  category?: string | readonly string[];
  actor?: string | readonly string[];
  stance?: string | readonly string[];
  entry?: string | readonly string[];
  article?: string | readonly string[];
  q?: string;
}

const ORDER = ["entry", "outlet", "actor", "stance", "category", "article", "q"] as const;

/**
 * The evidence table of a case study, filtered: where a number leads to the sentences behind it.
 *
 * @param caseId the case study's id
 * @param filters the table's URL filters; a list becomes comma-separated values
 * @returns `/cases/<id>/terms?entry=…&outlet=…`, filters in a fixed order, empty ones left out
 */
export function evidenceTablePath(caseId: string, filters: EvidenceFilters): string {
  const params = new URLSearchParams();
  for (const name of ORDER) {
    const value = filters[name];
    const joined = typeof value === "string" ? value : value?.join(",");
    if (joined) params.set(name, joined);
  }
  const query = params.toString().replace(/%2C/g, ",");
  return `${caseSectionPath(caseId, "terms")}${query ? `?${query}` : ""}`;
}
