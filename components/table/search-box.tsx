"use client";

import { useEffect, useId, useRef, useState } from "react";

/** How long typing must pause before the table filters (and the URL changes). */
export const SEARCH_DEBOUNCE_MS = 250;

export interface SearchBoxProps {
  /** The search in the URL now. */
  value: string;
  /** Called once typing pauses, or at once on Enter. */
  onSearch: (value: string) => void;
  label: string;
  placeholder: string;
}

/**
 * The free-text search. It keeps what is typed to itself and hands it on only when typing
 * pauses, so a long table is filtered once per pause, not once per keystroke.
 */
export function SearchBox({ value, onSearch, label, placeholder }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed from elsewhere (a chip removed, back button): show its search.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    if (next === committed.current) return;
    committed.current = next;
    onSearch(next);
  };

  return (
    <form
      role="search"
      className="min-w-[16rem] flex-1"
      onSubmit={(event) => {
        event.preventDefault();
        commit(text);
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="relative">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          id={id}
          type="search"
          dir="auto"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
          }}
          className="w-full rounded-md border border-rule bg-white py-2 pe-3 ps-9 text-base placeholder:text-muted"
          data-testid="search"
        />
      </div>
    </form>
  );
}
