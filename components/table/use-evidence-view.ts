import { parseAsArrayOf, parseAsInteger, parseAsNumberLiteral, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { DEFAULT_SORT, type EvidenceSort, formatSort, parseSort } from "@/lib/comparison/evidence-query";
import { EVIDENCE_FACETS, type EvidenceFacet, type EvidenceFilters } from "@/lib/comparison/evidence-url";

/** Rows per page the table offers. */
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

const list = parseAsArrayOf(parseAsString, ",").withDefault([]);

const facetParsers = Object.fromEntries(EVIDENCE_FACETS.map((facet) => [facet, list])) as Record<EvidenceFacet, typeof list>;

/**
 * The table's view in the URL: `?outlet=youm7,qposts&category=terrorism&q=…&sort=date.desc&page=2&size=100`.
 * The filters' keys are those of `evidence-url`, which every link here writes; the order, page
 * and size are the table's own. A value left at its default stays out of the URL.
 */
export const EVIDENCE_VIEW_PARAMS = {
  ...facetParsers,
  q: parseAsString.withDefault(""),
  chrome: parseAsStringLiteral(["hide"] as const),
  sort: parseAsString.withDefault(formatSort(DEFAULT_SORT)),
  page: parseAsInteger.withDefault(1),
  size: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
};

/** The facets the filter menus and chips change, by their URL key. */
export type FilterKey = EvidenceFacet;

/** The table's view as read from the URL, and the ways to change it. */
export interface EvidenceView {
  filters: EvidenceFilters;
  sort: EvidenceSort;
  /** 1-based, as asked for (the table moves it into range). */
  page: number;
  size: number;
  setFacet: (key: FilterKey, values: string[]) => void;
  /** Typing: replaces the history entry rather than adding one per word. */
  setQuery: (q: string) => void;
  setHideChrome: (hide: boolean) => void;
  setSort: (sort: EvidenceSort) => void;
  setPage: (page: number) => void;
  setSize: (size: number) => void;
  clearFilters: () => void;
}

/**
 * Read and write the evidence table's view in the URL, so any view is a permalink. Changing a
 * filter, the search or the order goes back to the first page.
 */
export function useEvidenceView(): EvidenceView {
  const [params, setParams] = useQueryStates(EVIDENCE_VIEW_PARAMS, { history: "push" });
  // nuqs keeps a value's reference until its part of the URL changes, so the filters (and the
  // filtering behind them) are recomputed only when the URL does.
  const filterValues = [...EVIDENCE_FACETS.map((facet) => params[facet]), params.q, params.chrome];
  const filters = useMemo(
    (): EvidenceFilters => ({
      ...(Object.fromEntries(EVIDENCE_FACETS.map((facet) => [facet, params[facet]])) as Record<EvidenceFacet, string[]>),
      q: params.q,
      hideChrome: params.chrome === "hide",
    }),
    // One dependency per URL key, always the same number of them.
    filterValues,
  );
  const sort = useMemo(() => parseSort(params.sort), [params.sort]);

  const setFacet = useCallback((facet: FilterKey, values: string[]) => void setParams({ [facet]: values, page: null }), [setParams]);
  const setQuery = useCallback((value: string) => void setParams({ q: value.trim() === "" ? null : value, page: null }, { history: "replace" }), [setParams]);
  const setHideChrome = useCallback((hide: boolean) => void setParams({ chrome: hide ? "hide" : null, page: null }), [setParams]);
  const setSort = useCallback((next: EvidenceSort) => void setParams({ sort: formatSort(next), page: null }), [setParams]);
  const setPage = useCallback((page: number) => void setParams({ page }), [setParams]);
  const setSize = useCallback(
    (size: number) => void setParams({ size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as (typeof PAGE_SIZES)[number]) : null, page: null }),
    [setParams],
  );
  const clearFilters = useCallback(
    () => void setParams({ ...Object.fromEntries(EVIDENCE_FACETS.map((facet) => [facet, null])), q: null, chrome: null, page: null }),
    [setParams],
  );

  return { filters, sort, page: params.page, size: params.size, setFacet, setQuery, setHideChrome, setSort, setPage, setSize, clearFilters };
}
