"use client";

import Link from "next/link";
import { useQueryState } from "nuqs";
import type { CategoryId } from "@/lib/case-study/schema";
import type { LegendItem } from "@/lib/reader/reader-view";
import { CATEGORY_COLORS, CATEGORY_TINTS } from "@/lib/comparison/palette";
import { format } from "@/lib/i18n/messages";
import type { ReaderMessages } from "@/lib/i18n/reader-messages";
import { hideParser } from "./url-state";

export interface CategoryLegendProps {
  items: readonly LegendItem[];
  strings: Pick<ReaderMessages, "legendTitle" | "legendHint" | "legendCountLabel" | "legendChrome" | "showAllCategories">;
}

/**
 * The categories present in an article, each a toggle that switches its highlight off and on.
 * The hidden set lives in the URL (`?hide=terrorism,assault`), so the view is a permalink.
 */
export function CategoryLegend({ items, strings }: CategoryLegendProps) {
  const [hide, setHide] = useQueryState("hide", hideParser);
  const toggle = (id: CategoryId) => {
    const next = hide.includes(id) ? hide.filter((h) => h !== id) : [...hide, id];
    void setHide(next.length === 0 ? null : next);
  };
  return (
    <section aria-labelledby="legend-title" data-testid="category-legend">
      <h2 id="legend-title" className="text-xs font-semibold uppercase tracking-wide text-muted">
        {strings.legendTitle}
      </h2>
      <p className="mt-1 text-xs text-muted">{strings.legendHint}</p>
      <ul className="mt-3 grid gap-0.5">
        {items.map((item) => {
          const shown = !hide.includes(item.id);
          return (
            <li key={item.id} className="flex items-start gap-2">
              <button
                type="button"
                aria-pressed={shown}
                data-category={item.id}
                onClick={() => toggle(item.id)}
                className="flex min-w-0 flex-1 items-start gap-2 rounded px-1.5 py-1 text-start text-sm hover:bg-paper"
              >
                <span
                  aria-hidden="true"
                  className={`mt-0.5 inline-block size-4 shrink-0 rounded-sm border-2 ${shown ? "" : "border-dashed"}`}
                  style={{ backgroundColor: shown ? CATEGORY_TINTS[item.id] : "transparent", borderColor: CATEGORY_COLORS[item.id] }}
                />
                <span className={shown ? "text-ink" : "text-muted line-through"}>
                  {item.name}
                  {item.chrome > 0 && <span className="block text-xs text-muted no-underline">{format(strings.legendChrome, { count: item.chrome })}</span>}
                </span>
              </button>
              <Link
                href={item.href}
                prefetch={false}
                aria-label={format(strings.legendCountLabel, { count: item.count, category: item.name })}
                className="mt-0.5 min-w-7 rounded px-1 py-0.5 text-end text-sm font-semibold tabular-nums text-accent underline-offset-4 hover:underline"
              >
                {item.count}
              </Link>
            </li>
          );
        })}
      </ul>
      {hide.length > 0 && (
        <button
          type="button"
          onClick={() => void setHide(null)}
          className="mt-2 rounded border border-rule px-2 py-1 text-xs font-medium text-accent-strong hover:bg-accent-soft"
        >
          {strings.showAllCategories}
        </button>
      )}
    </section>
  );
}
