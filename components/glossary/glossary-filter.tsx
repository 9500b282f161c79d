"use client";

import { Fragment, type ReactNode, useState } from "react";
import { searchGlossary } from "@/lib/comparison/glossary";
import type { Locale } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";
import { format } from "@/lib/i18n/messages";
import { GlossarySearch } from "./glossary-search";

/** One entry as the filter sees it: what a search looks in, and its card, drawn on the server. */
export interface FilterableEntry {
  id: string;
  /** The entry's normalized search text (see `glossarySearchText`). */
  searchText: string;
  card: ReactNode;
}

/** A framing category's group of entries (or the plain names'). */
export interface GlossaryGroup {
  id: string;
  name: string;
  color: string;
  entries: readonly FilterableEntry[];
  /** A line under the group, if it needs one. */
  note?: string;
}

export interface GlossaryFilterProps {
  path: string;
  locale: Locale;
  /** The search in the URL when the page was served. */
  initialQuery: string;
  /** Every group, with every entry: the search hides entries, the server sends them all. */
  groups: readonly GlossaryGroup[];
  /** Entries in the whole glossary. */
  total: number;
  messages: Pick<
    GlossaryMessages,
    "searchLabel" | "searchPlaceholder" | "searchButton" | "clearSearch" | "resultCount" | "noResults" | "categoryCount" | "categoryCountOne"
  >;
}

/**
 * The glossary's search and the entries it keeps, filtered in the browser as the reader types.
 * Nothing is fetched and nothing navigates: the URL's `?q=` is rewritten in place, so a search
 * stays a permalink without a render on the server, and a card the search keeps is the same
 * element before and after (its links never change under the pointer).
 */
export function GlossaryFilter({ path, locale, initialQuery, groups, total, messages: t }: GlossaryFilterProps) {
  const [query, setQuery] = useState(initialQuery);
  const search = (next: string) => {
    setQuery(next);
    const url = new URL(window.location.href);
    if (next.trim() === "") url.searchParams.delete("q");
    else url.searchParams.set("q", next);
    // Replace, not push: a pause in typing is not a page the back button should return to.
    window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
  };

  const shown = groups.map((group) => ({ ...group, entries: searchGlossary(group.entries, query) })).filter((group) => group.entries.length > 0);
  const count = shown.reduce((n, group) => n + group.entries.length, 0);
  return (
    <>
      <GlossarySearch path={path} locale={locale} query={query} onQuery={search} messages={t} />
      <p className="mt-3 text-sm font-semibold" role="status" data-testid="glossary-count">
        {format(t.resultCount, { shown: count, total })}
      </p>
      {count === 0 && <p className="mt-4 text-base text-muted">{t.noResults}</p>}

      {shown.map(({ id, name, color, entries, note }) => (
        <section key={id} aria-labelledby={`category-${id}`} className="mt-10" data-testid="glossary-category">
          <h2 id={`category-${id}`} className="flex items-center gap-2 border-b border-rule pb-2 text-2xl font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block size-4 shrink-0 rounded-sm ring-1 ring-black/20" style={{ backgroundColor: color }} />
            {name}
            <span className="ms-1 text-sm font-normal text-muted">{entries.length === 1 ? t.categoryCountOne : format(t.categoryCount, { count: entries.length })}</span>
          </h2>
          <ul className="mt-4 grid gap-4 lg:grid-cols-2">{entries.map((entry) => <Fragment key={entry.id}>{entry.card}</Fragment>)}</ul>
          {note && <p className="mt-3 text-sm text-muted">{note}</p>}
        </section>
      ))}
    </>
  );
}
