import { normalizeWords } from "@/lib/engine";
import type { EvidenceRow } from "./evidence";
import { EVIDENCE_FACETS, type EvidenceFilters } from "./evidence-url";

// The filters are the URL's: evidence-url owns them; they are re-exported for the callers that filter.
export { type EvidenceFilters, NO_FILTERS } from "./evidence-url";

/** The evidence table's columns, by the ids its URL uses (`?sort=date.desc`). */
export const EVIDENCE_COLUMNS = ["outlet", "article", "date", "form", "gloss", "category", "actor", "referent", "stance", "voice", "chrome", "language", "context"] as const;
export type EvidenceColumn = (typeof EVIDENCE_COLUMNS)[number];

/** The order of the table: one column, ascending or descending. */
export interface EvidenceSort {
  column: EvidenceColumn;
  desc: boolean;
}

/** Oldest first, each article's mentions in text order. */
export const DEFAULT_SORT: EvidenceSort = { column: "date", desc: false };

/** The filter value that selects rows with no actor or no stance (frame terms). */
export const NO_VALUE = "none";

/** The text shown for an id in a column, so the column sorts the way it reads. */
export type SortLabels = Partial<Record<"outlet" | "article" | "category" | "actor", Readonly<Record<string, string>>>>;

/** Evidence rows prepared once for fast filtering and sorting. */
export interface EvidenceIndex {
  rows: readonly EvidenceRow[];
  /**
   * Per row, the engine-normalized text a search looks in: the term with its context, then its
   * gloss and entry id. Computed once, so a keystroke costs one substring test per row.
   */
  searchText: readonly string[];
  /** Per row, the term and the context after and before it, normalized (for the sort keys). */
  normalized: readonly { form: string; before: string; after: string }[];
  labels: SortLabels;
  /** Sort keys per column, built the first time the column is sorted. */
  sortKeys: Map<EvidenceColumn, Float64Array>;
}

/**
 * Prepare evidence rows for {@link sortEvidence} and {@link filterEvidence}.
 *
 * @param rows the rows, in their natural order (article by article, text order)
 * @param labels what the outlet, article, category and actor columns show, so they sort as
 *   they read (default: their ids)
 * @returns the index
 */
export function indexEvidenceRows(rows: readonly EvidenceRow[], labels: SortLabels = {}): EvidenceIndex {
  // Terms and glosses repeat from row to row (contexts do not): normalize each once.
  const once = memoize(normalizeWords);
  const normalized = rows.map((row) => ({ form: once(row.form), before: normalizeWords(row.before), after: normalizeWords(row.after) }));
  const searchText = rows.map((row, i) => {
    const { form, before, after } = normalized[i] as { form: string; before: string; after: string };
    // Where the raw text runs on without a break (وداعش split as و | داعش), so does the search text.
    const joinBefore = before && !BREAK_AFTER.test(row.before) && !BREAK_BEFORE.test(row.form) ? "" : " ";
    const joinAfter = after && !BREAK_AFTER.test(row.form) && !BREAK_BEFORE.test(row.after) ? "" : " ";
    return `${before}${joinBefore}${form}${joinAfter}${after} | ${once(`${row.gloss} ${row.entry}`)}`;
  });
  return { rows, searchText, normalized, labels, sortKeys: new Map() };
}

/**
 * The words a search looks for, normalized as the engine normalizes text (diacritics dropped,
 * alef forms unified, final ى read as ي, ة as ه, Latin letters in lower case). A word typed with
 * the article (الجيش) also finds it after the preposition li- (للجيش), as the engine's clitic
 * rules do.
 *
 * @param query the search box's text
 * @returns the words, each to be found somewhere in a row; empty for a blank query
 */
export function searchWords(query: string): string[] {
  const words = normalizeWords(query).split(" ").filter(Boolean);
  return words.map((word) => (word.length >= 4 && word.startsWith("ال") ? word.slice(1) : word));
}

/**
 * A spelling as the table, its `form` filter and the normalization summary compare it: the
 * text as written, with runs of white space (line breaks inside a term) folded to one space.
 *
 * @param form the mention's text
 */
export function spellingOf(form: string): string {
  return form.replace(/\s+/g, " ").trim();
}

/**
 * The row indices in the order a sort asks for. Ties keep the natural order, so an article's
 * mentions stay in text order; rows without a value (no actor, no stance) come last both ways.
 *
 * @param index the prepared rows
 * @param sort the column and direction
 * @returns every row index, sorted
 */
export function sortEvidence(index: EvidenceIndex, sort: EvidenceSort): Uint32Array {
  const keys = sortKeysFor(index, sort.column);
  const direction = sort.desc ? -1 : 1;
  const order = new Uint32Array(index.rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => {
    const ka = keys[a] ?? Number.NaN;
    const kb = keys[b] ?? Number.NaN;
    if (ka !== kb) {
      const missingA = Number.isNaN(ka);
      const missingB = Number.isNaN(kb);
      if (missingA || missingB) return missingA === missingB ? a - b : missingA ? 1 : -1;
      return direction * (ka - kb);
    }
    return a - b;
  });
}

/**
 * The rows that pass the filters, in the given order.
 *
 * @param index the prepared rows
 * @param order row indices, as {@link sortEvidence} returns them
 * @param filters what to keep
 * @returns the indices of the rows kept, in `order`'s order
 */
export function filterEvidence(index: EvidenceIndex, order: ArrayLike<number>, filters: EvidenceFilters): number[] {
  const sets = Object.fromEntries(EVIDENCE_FACETS.map((facet) => [facet, toSet(filters[facet])]));
  const words = searchWords(filters.q);
  const { rows, searchText } = index;
  const kept: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const row = rows[i] as EvidenceRow;
    if (filters.hideChrome && row.chrome) continue;
    if (sets.outlet && !sets.outlet.has(row.outlet)) continue;
    if (sets.category && !sets.category.has(row.category ?? NO_VALUE)) continue;
    // The actor facet is whom the label refers to, as the matrix and the counts file it.
    if (sets.actor && !sets.actor.has(row.referent ?? NO_VALUE)) continue;
    if (sets.stance && !sets.stance.has(row.stance ?? NO_VALUE)) continue;
    if (sets.entry && !sets.entry.has(row.entry)) continue;
    if (sets.article && !sets.article.has(row.article)) continue;
    if (sets.form && !sets.form.has(spellingOf(row.form))) continue;
    if (sets.voice && !sets.voice.has(row.voice)) continue;
    if (sets.language && !sets.language.has(row.language)) continue;
    if (words.length > 0) {
      const text = searchText[i] as string;
      if (!words.every((word) => text.includes(word))) continue;
    }
    kept.push(i);
  }
  return kept;
}

/** One page of a longer list. */
export interface Page<T> {
  items: T[];
  /** The page shown, 1-based: the one asked for, moved into range. */
  page: number;
  pageCount: number;
  /** 0-based position of the first item in the whole list. */
  offset: number;
}

/**
 * Cut one page out of a list; a page past the end shows the last one.
 *
 * @param items the whole list
 * @param page 1-based page number
 * @param size items per page (at least one)
 */
export function paginate<T>(items: readonly T[], page: number, size: number): Page<T> {
  const perPage = Math.max(1, Math.floor(size));
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const offset = (current - 1) * perPage;
  return { items: items.slice(offset, offset + perPage), page: current, pageCount, offset };
}

/**
 * Filter and sort in one call: what the exports and tests use.
 *
 * @param index the prepared rows
 * @param filters what to keep
 * @param sort the order (default {@link DEFAULT_SORT})
 * @returns the rows kept, sorted
 */
export function queryEvidence(index: EvidenceIndex, filters: EvidenceFilters, sort: EvidenceSort = DEFAULT_SORT): EvidenceRow[] {
  return filterEvidence(index, sortEvidence(index, sort), filters).map((i) => index.rows[i] as EvidenceRow);
}

/**
 * Read a sort from its URL form.
 *
 * @param value `"<column>.asc"` or `"<column>.desc"`
 * @returns the sort, or {@link DEFAULT_SORT} for a missing or unknown value
 */
export function parseSort(value: string | null | undefined): EvidenceSort {
  const [named, direction] = (value ?? "").split(".");
  // The voice column replaced the quoted column: an older permalink's `quoted` sorts by voice.
  const column = named === "quoted" ? "voice" : named;
  if (!(EVIDENCE_COLUMNS as readonly string[]).includes(column ?? "") || (direction !== "asc" && direction !== "desc")) return DEFAULT_SORT;
  return { column: column as EvidenceColumn, desc: direction === "desc" };
}

/**
 * Write a sort in its URL form.
 *
 * @param sort the sort
 * @returns e.g. `"date.desc"`
 */
export function formatSort(sort: EvidenceSort): string {
  return `${sort.column}.${sort.desc ? "desc" : "asc"}`;
}

const BREAK_AFTER = /[\s\p{P}\p{S}]$/u;
const BREAK_BEFORE = /^[\s\p{P}\p{S}]/u;

function memoize(normalizeText: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = normalizeText(text);
      cache.set(text, result);
    }
    return result;
  };
}

const toSet = (values: readonly string[]) => (values.length === 0 ? null : new Set(values));

const STANCE_RANK: Record<string, number> = { legitimizing: 0, neutral: 1, delegitimizing: 2 };
const VOICE_RANK: Record<string, number> = { outlet: 0, attributed: 1, distanced: 2 };

function sortKeysFor(index: EvidenceIndex, column: EvidenceColumn): Float64Array {
  let keys = index.sortKeys.get(column);
  if (!keys) {
    keys = buildSortKeys(index, column);
    index.sortKeys.set(column, keys);
  }
  return keys;
}

// Every column becomes one number per row (a rank among its distinct values), so that a sort
// compares numbers, never strings, however many rows there are.
function buildSortKeys({ rows, labels, normalized }: EvidenceIndex, column: EvidenceColumn): Float64Array {
  const norm = (i: number) => normalized[i] as { form: string; before: string; after: string };
  const byLabel = (id: string, table?: Readonly<Record<string, string>>) => table?.[id] ?? id;
  switch (column) {
    case "outlet":
      return rankBy(rows.map((r) => byLabel(r.outlet, labels.outlet)), compareText);
    case "article":
      return rankBy(rows.map((r) => byLabel(r.article, labels.article)), compareText);
    case "category":
      return rankBy(rows.map((r) => (r.category === null ? null : byLabel(r.category, labels.category))), compareText);
    case "actor":
      return rankBy(rows.map((r) => (r.actor === null ? null : byLabel(r.actor, labels.actor))), compareText);
    case "referent":
      return rankBy(rows.map((r) => (r.referent === null ? null : byLabel(r.referent, labels.actor))), compareText);
    case "date":
      return rankBy(rows.map((r) => r.date), compareCodeUnits);
    case "language":
      return rankBy(rows.map((r) => r.language), compareCodeUnits);
    case "gloss":
      return rankBy(rows.map((r) => r.gloss.toLowerCase()), compareText);
    // Arabic sorts by its normalized letters, whose code points follow the alphabet; then as written.
    case "form":
      return rankBy(rows.map((r, i) => `${norm(i).form}\u0000${r.form}`), compareCodeUnits);
    // A concordance sorted on the words that follow the term.
    case "context":
      return rankBy(rows.map((_, i) => `${norm(i).after}\u0000${norm(i).before}`), compareCodeUnits);
    case "stance":
      return Float64Array.from(rows, (r) => (r.stance === null ? Number.NaN : (STANCE_RANK[r.stance] ?? Number.NaN)));
    // The outlet's own words first, then attributed, then distanced.
    case "voice":
      return Float64Array.from(rows, (r) => VOICE_RANK[r.voice] ?? Number.NaN);
    case "chrome":
      return Float64Array.from(rows, (r) => (r.chrome ? 1 : 0));
  }
}

const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// One fixed locale, so the server and every browser order the labels alike (Arabic script
// follows the root collation under it).
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const compareText = (a: string, b: string) => collator.compare(a, b) || compareCodeUnits(a, b);

function rankBy(values: readonly (string | null)[], compare: (a: string, b: string) => number): Float64Array {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))].sort(compare);
  const rank = new Map(distinct.map((value, i) => [value, i]));
  return Float64Array.from(values, (value) => (value === null ? Number.NaN : (rank.get(value) ?? Number.NaN)));
}
