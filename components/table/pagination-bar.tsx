import { useId } from "react";
import { format } from "@/lib/i18n/messages";
import type { TableMessages } from "@/lib/i18n/table-messages";

export interface PaginationBarProps {
  page: number;
  pageCount: number;
  /** 0-based position of the page's first row. */
  offset: number;
  rowsOnPage: number;
  total: number;
  pageSize: number;
  pageSizes: readonly number[];
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  messages: Pick<TableMessages, "pagination" | "firstPage" | "previousPage" | "nextPage" | "lastPage" | "pageOf" | "showingRows" | "pageSize">;
}

/** Where the page stands in the rows, buttons to move by page, and how many rows a page holds. */
export function PaginationBar({ page, pageCount, offset, rowsOnPage, total, pageSize, pageSizes, onPage, onPageSize, messages: t }: PaginationBarProps) {
  const sizeId = useId();
  const button =
    "inline-flex min-w-9 items-center justify-center rounded-md border border-rule bg-white px-2.5 py-1.5 text-sm font-medium text-ink hover:border-muted disabled:cursor-not-allowed disabled:opacity-50";
  return (
    <nav aria-label={t.pagination} className="mt-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm">
      <p className="text-muted" data-testid="showing-rows">
        {format(t.showingRows, { from: total === 0 ? 0 : offset + 1, to: offset + rowsOnPage, total })}
      </p>
      <div className="flex items-center gap-1.5">
        <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(1)} aria-label={t.firstPage}>
          <Chevron kind="first" />
        </button>
        <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)} aria-label={t.previousPage}>
          <Chevron kind="previous" />
        </button>
        <span className="px-2 tabular-nums" aria-live="polite" data-testid="page-of">
          {format(t.pageOf, { page, pages: pageCount })}
        </span>
        <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(page + 1)} aria-label={t.nextPage}>
          <Chevron kind="next" />
        </button>
        <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(pageCount)} aria-label={t.lastPage}>
          <Chevron kind="last" />
        </button>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="text-muted">
          {t.pageSize}
        </label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
          className="rounded-md border border-rule bg-white px-2 py-1.5 text-sm"
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}

const CHEVRONS = { first: "M9 3 5 8l4 5M13 3 9 8l4 5", previous: "M10 3 6 8l4 5", next: "M6 3l4 5-4 5", last: "M3 3l4 5-4 5M7 3l4 5-4 5" } as const;

/** An arrow along the reading direction: drawn for English, mirrored in the Arabic layout. */
function Chevron({ kind }: { kind: keyof typeof CHEVRONS }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 rtl:-scale-x-100">
      <path d={CHEVRONS[kind]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
