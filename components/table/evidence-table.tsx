"use client";

import { type PaginationState, type SortingState, useTable } from "@tanstack/react-table";
import { type ReactNode, useCallback, useMemo } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import type { EvidenceRow } from "@/lib/comparison/evidence";
import { type EvidenceColumn, NO_VALUE, filterEvidence, indexEvidenceRows, paginate, sortEvidence } from "@/lib/comparison/evidence-query";
import type { EvidenceTableData, EvidenceTableWire } from "@/lib/comparison/evidence-table";
import { unpackRows } from "@/lib/comparison/packed-rows";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { TableMessages } from "@/lib/i18n/table-messages";
import { type ActiveFilter, ActiveFilters } from "./active-filters";
import { CategoryMark } from "./evidence-cells";
import { EVIDENCE_FEATURES, buildEvidenceColumns } from "./evidence-columns";
import { ExportButtons } from "./export-buttons";
import { FilterMenu } from "./filter-menu";
import { PaginationBar } from "./pagination-bar";
import { SearchBox } from "./search-box";
import { type EvidenceView, type FilterKey, PAGE_SIZES, useEvidenceView } from "./use-evidence-view";

export interface EvidenceTableProps {
  caseId: string;
  locale: Locale;
  /** The rows packed as columns (toEvidenceTableWire), the names as they are. */
  data: EvidenceTableWire;
  messages: TableMessages;
}

const getRowId = (row: EvidenceRow) => row.id;

/**
 * The evidence table: one row per mention, with search, filters, sorting and pages, all kept
 * in the URL, and downloads of exactly the filtered rows.
 */
export function EvidenceTable({ caseId, locale, data, messages: t }: EvidenceTableProps) {
  const { names, articles, facets } = data;
  // Unpacked once per page load (a few milliseconds for thousands of rows).
  const rows = useMemo(() => unpackRows(data.rows), [data.rows]);
  const view = useEvidenceView();

  // Each step is memoized on its own inputs: a keystroke in the search re-runs the filter only,
  // over rows already in order; a new order re-sorts on keys computed once per column.
  const index = useMemo(() => indexEvidenceRows(rows, { outlet: names.outlet, category: names.category, actor: names.actor }), [rows, names]);
  const order = useMemo(() => sortEvidence(index, view.sort), [index, view.sort]);
  const filtered = useMemo(() => filterEvidence(index, order, view.filters), [index, order, view.filters]);
  const current = useMemo(() => paginate(filtered, view.page, view.size), [filtered, view.page, view.size]);
  const pageRows = useMemo(() => current.items.map((i) => rows[i] as EvidenceRow), [current, rows]);
  const inChrome = useMemo(() => filtered.reduce((n, i) => n + (rows[i]?.chrome ? 1 : 0), 0), [filtered, rows]);
  const getFilteredRows = useCallback(() => filtered.map((i) => rows[i] as EvidenceRow), [filtered, rows]);

  const rawFiles = useMemo(() => Object.fromEntries(Object.entries(articles).map(([id, a]) => [id, a.rawFile])), [articles]);
  const columns = useMemo(() => buildEvidenceColumns({ caseId, locale, messages: t, names, articles }), [caseId, locale, t, names, articles]);
  const sorting = useMemo((): SortingState => [{ id: view.sort.column, desc: view.sort.desc }], [view.sort]);
  const pagination = useMemo((): PaginationState => ({ pageIndex: current.page - 1, pageSize: view.size }), [current.page, view.size]);

  const table = useTable({
    features: EVIDENCE_FEATURES,
    columns,
    data: pageRows,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount: filtered.length,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [next] = typeof updater === "function" ? updater(sorting) : updater;
      if (next) view.setSort({ column: next.id as EvidenceColumn, desc: next.desc });
    },
    onPaginationChange: (updater) => {
      const next = typeof updater === "function" ? updater(pagination) : updater;
      if (next.pageSize !== pagination.pageSize) view.setSize(next.pageSize);
      else view.setPage(next.pageIndex + 1);
    },
  });

  const activeFilters = describeFilters(view, data, t);
  const sortedHeader = columns.find((c) => c.id === view.sort.column)?.header;

  return (
    <section
      aria-labelledby="mentions-heading"
      id="mentions"
      // Wider than the text column: eleven columns need the room. Symmetric margins keep it centred in both directions.
      className="mx-[calc((100%-min(100vw-3rem,112rem))/2)] scroll-mt-6"
    >
      <h2 id="mentions-heading" className="sr-only">
        {t.mentionsHeading}
      </h2>

      {/* Positioned: on a phone the filters' menus open across this row. */}
      <div className="relative flex flex-wrap items-center gap-2" role="group" aria-label={t.filters}>
        <SearchBox value={view.filters.q} onSearch={view.setQuery} label={t.searchLabel} placeholder={t.searchPlaceholder} />
        {FACET_MENUS.filter((facet) => facet !== "language" || facets.language.length > 1).map((facet) => (
          <FilterMenu
            key={facet}
            name={facet}
            label={t[FACET_LABELS[facet]]}
            options={facets[facet]}
            selected={view.filters[facet]}
            onChange={(values) => view.setFacet(facet, values)}
            selectedLabel={format(t.selectedCount, { count: view.filters[facet].length })}
            clearLabel={t.clearThisFilter}
          />
        ))}
        <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-2 text-sm">
          <input
            type="checkbox"
            checked={view.filters.hideChrome}
            onChange={(event) => view.setHideChrome(event.target.checked)}
            className="size-4 accent-accent"
            data-testid="hide-chrome"
          />
          {t.hideChrome}
        </label>
      </div>

      <ActiveFilters filters={activeFilters} onClearAll={view.clearFilters} messages={t} />

      <div className="mt-4 flex flex-wrap items-end justify-between gap-x-6 gap-y-2 border-b border-rule pb-3">
        <p aria-live="polite" className="text-sm">
          <strong className="text-base font-semibold tabular-nums" data-testid="result-count">
            {format(t.resultCount, { shown: filtered.length, total: rows.length })}
          </strong>
          {filtered.length > 0 && (
            <span className="ms-2 text-muted">
              · {format(t.resultSplit, { counted: filtered.length - inChrome, chrome: inChrome })}
            </span>
          )}
        </p>
        <ExportButtons
          caseId={caseId}
          getRows={getFilteredRows}
          count={filtered.length}
          filters={view.filters}
          rawFiles={rawFiles}
          messages={t}
        />
      </div>

      <div className="overflow-x-auto">
        {/* The set widths leave the context (with its translation) about 14rem at a 1366-pixel window; narrower scrolls. */}
        <table className="w-full min-w-[82rem] table-fixed border-collapse text-sm" data-testid="evidence-table">
          <caption className="sr-only">
            {format(t.caption, { column: typeof sortedHeader === "string" ? sortedHeader : view.sort.column, direction: view.sort.desc ? t.descending : t.ascending })}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="border-b-2 border-ink/70">
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className={`px-1.5 py-1 text-start align-bottom font-semibold ${header.column.columnDef.meta?.className ?? ""}`}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={`-mx-1 inline-flex items-center gap-1 rounded px-1 py-1.5 text-start hover:text-accent ${sorted ? "text-accent-strong" : ""}`}
                          data-testid={`sort-${header.column.id}`}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon direction={sorted} />
                        </button>
                      ) : (
                        <span className="inline-block py-1.5">
                          <table.FlexRender header={header} />
                        </span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {pageRows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-2 py-10 text-center text-muted">
                  {t.noResults}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  data-testid="evidence-row"
                  data-chrome={row.original.chrome || undefined}
                  className={`border-b border-rule align-top ${row.original.chrome ? "bg-paper" : "bg-white"}`}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="break-words px-1.5 py-2">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      {filtered.length > 0 && (
        <PaginationBar
          page={current.page}
          pageCount={current.pageCount}
          offset={current.offset}
          rowsOnPage={pageRows.length}
          total={filtered.length}
          pageSize={view.size}
          pageSizes={PAGE_SIZES}
          onPage={(page) => table.setPageIndex(page - 1)}
          onPageSize={(size) => table.setPageSize(size)}
          messages={t}
        />
      )}
    </section>
  );
}

/** Every filter in force, as chips that each remove one value. */
function describeFilters(v: EvidenceView, d: Pick<EvidenceTableData, "names" | "entries" | "articles">, m: TableMessages): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  const facet = (key: FilterKey, kind: string, label: (value: string) => { node: ReactNode; text: string }) => {
    const values = v.filters[key];
    for (const value of values) {
      const { node, text } = label(value);
      chips.push({ key: `${key}:${value}`, kind, label: node, text, remove: () => v.setFacet(key, values.filter((x) => x !== value)) });
    }
  };
  const plain = (text: string) => ({ node: text, text });
  facet("outlet", m.filterOutlet, (id) => plain(d.names.outlet[id] ?? id));
  facet("category", m.filterCategory, (id) => {
    const name = id === NO_VALUE ? m.plainName : (d.names.category[id] ?? id);
    return { node: <CategoryMark category={id === NO_VALUE ? null : id} name={name} />, text: name };
  });
  facet("actor", m.filterActor, (id) => plain(id === NO_VALUE ? m.noActor : (d.names.actor[id] ?? id)));
  facet("stance", m.filterStance, (id) => plain(id === NO_VALUE ? m.noStance : (d.names.stance[id] ?? id)));
  facet("voice", m.filterVoice, (id) => plain(d.names.voice[id] ?? id));
  facet("language", m.filterLanguage, (id) => plain(d.names.language[id] ?? id));
  facet("entry", m.chipEntry, (id) => {
    const entry = d.entries[id];
    if (!entry) return plain(id);
    return {
      node: (
        <>
          <ArabicText>{entry.form}</ArabicText> <span className="text-muted">({entry.gloss})</span>
        </>
      ),
      text: `${entry.form} (${entry.gloss})`,
    };
  });
  facet("article", m.chipArticle, (id) => {
    const article = d.articles[id];
    return plain(article ? `${d.names.outlet[article.outlet] ?? article.outlet}, ${article.date}` : id);
  });
  facet("form", m.chipSpelling, (spelling) => ({ node: <ArabicText>{spelling}</ArabicText>, text: spelling }));
  if (v.filters.q.trim() !== "") {
    chips.push({ key: "q", kind: m.chipSearch, label: <bdi>{v.filters.q}</bdi>, text: v.filters.q, remove: () => v.setQuery("") });
  }
  if (v.filters.hideChrome) chips.push({ key: "chrome", kind: m.colChrome, label: m.chipChrome, text: m.chipChrome, remove: () => v.setHideChrome(false) });
  return chips;
}

// Language last: it shows only when the case mixes Arabic and English coverage.
const FACET_MENUS = ["outlet", "category", "actor", "stance", "voice", "language"] as const;
const FACET_LABELS = { outlet: "filterOutlet", category: "filterCategory", actor: "filterActor", stance: "filterStance", voice: "filterVoice", language: "filterLanguage" } as const;

/** Up and down triangles; the active one filled. */
function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 10 14" className="size-3 shrink-0">
      <path d="M5 1 9 6H1z" className={direction === "asc" ? "fill-current" : "fill-rule"} />
      <path d="M5 13 1 8h8z" className={direction === "desc" ? "fill-current" : "fill-rule"} />
    </svg>
  );
}
