import type { ReactNode } from "react";
import { format } from "@/lib/i18n/messages";
import type { TableMessages } from "@/lib/i18n/table-messages";

/** One filter value in force, as a removable chip. */
export interface ActiveFilter {
  /** Unique among the chips (`outlet:youm7`). */
  key: string;
  /** What kind of filter ("Outlet"). */
  kind: string;
  /** The value as the chip shows it. */
  label: ReactNode;
  /** The value as a screen reader names it in "Remove filter: …". */
  text: string;
  remove: () => void;
}

export interface ActiveFiltersProps {
  filters: readonly ActiveFilter[];
  onClearAll: () => void;
  messages: Pick<TableMessages, "activeFilters" | "removeFilter" | "clearAll">;
}

/** The filters in force, each removable, so a view opened from a link explains itself. */
export function ActiveFilters({ filters, onClearAll, messages: t }: ActiveFiltersProps) {
  if (filters.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" data-testid="active-filters">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{t.activeFilters}</h3>
      <ul className="flex flex-wrap items-center gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <button
              type="button"
              onClick={filter.remove}
              aria-label={format(t.removeFilter, { label: `${filter.kind}: ${filter.text}` })}
              className="inline-flex items-center gap-1.5 rounded-full border border-accent/40 bg-accent-soft py-1 pe-2 ps-3 text-sm text-accent-strong hover:border-accent"
            >
              <span className="text-xs font-semibold">{filter.kind}:</span>
              <span>{filter.label}</span>
              <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
                <path d="m3 3 6 6M9 3 3 9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClearAll} className="text-sm font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
        {t.clearAll}
      </button>
    </div>
  );
}
