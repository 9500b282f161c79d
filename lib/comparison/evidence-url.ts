import { caseSectionPath } from "@/lib/case-study/paths";

/**
 * The evidence table's facets, by their URL key, in the order a link writes them. Adding a
 * filter to the table's URL starts here: its key, then how {@link filterEvidence} applies it.
 */
export const EVIDENCE_FACETS = ["entry", "outlet", "actor", "stance", "category", "article", "form", "voice", "language"] as const;
export type EvidenceFacet = (typeof EVIDENCE_FACETS)[number];

/** The URL key of the free-text search. */
const QUERY_KEY = "q";
/** The URL key and value that leave out mentions in page chrome (`chrome=hide`). */
const CHROME_KEY = "chrome";
const CHROME_HIDDEN = "hide";

/**
 * What the table shows, as its URL says it. Within one facet the values are alternatives (Youm7
 * or Qposts); the facets, the search and the chrome switch must all hold at once. An empty facet
 * filters nothing. Actor, stance and category take {@link NO_VALUE} for rows with none; voice takes
 * `outlet`, `attributed` or `distanced` (whose words the label is); language takes `ar` or `en`
 * (the article's language, as the overview's `?language=` does, under the same key).
 */
export type EvidenceFilters = Readonly<Record<EvidenceFacet, readonly string[]>> & {
  /** Free text: every word must occur in the term, its context, gloss or entry id. */
  readonly q: string;
  /** Leave out mentions in page chrome. */
  readonly hideChrome: boolean;
};

/** Filters that let every row through: what an empty query string means. */
export const NO_FILTERS: EvidenceFilters = {
  ...(Object.fromEntries(EVIDENCE_FACETS.map((facet) => [facet, []])) as unknown as Record<EvidenceFacet, readonly string[]>),
  q: "",
  hideChrome: false,
};

/** A query string as a page receives it: `URLSearchParams`, or Next's `searchParams` object. */
export type EvidenceSearchParams = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function valuesOf(params: EvidenceSearchParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : typeof value === "string" ? [value] : [...value];
}

/**
 * Read the table's filters from a query string. A facet's values are comma-separated (a key
 * given twice adds its values); empty values are dropped; unknown keys are ignored.
 *
 * @param params the query string
 * @returns the filters, a missing key at its default (no filter, empty search, chrome shown)
 */
export function parseEvidenceFilters(params: EvidenceSearchParams): EvidenceFilters {
  const facets = Object.fromEntries(
    EVIDENCE_FACETS.map((facet) => [facet, valuesOf(params, facet).flatMap((value) => value.split(",")).filter((value) => value !== "")]),
  ) as unknown as Record<EvidenceFacet, readonly string[]>;
  return { ...facets, q: valuesOf(params, QUERY_KEY)[0] ?? "", hideChrome: valuesOf(params, CHROME_KEY).includes(CHROME_HIDDEN) };
}

/** One value as `URLSearchParams` writes it (Arabic and spaces percent- and plus-encoded). */
function encodeValue(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/**
 * Write filters as the table's query string: facets in {@link EVIDENCE_FACETS} order, a facet's
 * values joined by bare commas, then the search and the chrome switch. A filter at its default
 * is left out, so the same view always has the same URL.
 *
 * @param filters the filters; a missing key is at its default
 * @returns e.g. `entry=storming&outlet=youm7,qposts&q=…&chrome=hide`, or `""` for no filter
 */
export function formatEvidenceFilters(filters: Partial<EvidenceFilters>): string {
  const pairs: string[] = [];
  for (const facet of EVIDENCE_FACETS) {
    const values = (filters[facet] ?? []).filter((value) => value !== "");
    if (values.length > 0) pairs.push(`${facet}=${values.map(encodeValue).join(",")}`);
  }
  if (filters.q) pairs.push(`${QUERY_KEY}=${encodeValue(filters.q)}`);
  if (filters.hideChrome) pairs.push(`${CHROME_KEY}=${CHROME_HIDDEN}`);
  return pairs.join("&");
}

/**
 * The evidence table of a case study, filtered: where a number leads to the sentences behind it.
 *
 * @param caseId the case study's id
 * @param filters the filters; a missing key is at its default
 * @returns `/cases/<id>/terms?entry=…&outlet=…`, or `/cases/<id>/terms` for no filter
 */
export function evidenceTablePath(caseId: string, filters: Partial<EvidenceFilters>): string {
  const query = formatEvidenceFilters(filters);
  return `${caseSectionPath(caseId, "terms")}${query ? `?${query}` : ""}`;
}
