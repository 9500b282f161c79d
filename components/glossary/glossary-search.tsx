import { useEffect, useRef } from "react";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";

export interface GlossarySearchProps {
  /** The glossary's path, without the language. */
  path: string;
  locale: Locale;
  /** The search applied now. */
  query: string;
  /** Called on every keystroke, and with "" when the search is cleared. */
  onQuery: (query: string) => void;
  messages: Pick<GlossaryMessages, "searchLabel" | "searchPlaceholder" | "searchButton" | "clearSearch">;
}

/**
 * The glossary's search box. Without JavaScript it is a plain GET form (the query lands in the URL,
 * `?q=`, and the server filters); with it, every keystroke filters at once, and Search or Clear
 * apply what the box holds. The box is the browser's own (uncontrolled): what was typed before
 * the page's script ran is kept, and applied as soon as it runs.
 */
export function GlossarySearch({ path, locale, query, onQuery, messages: t }: GlossarySearchProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Typed before the script ran: apply it now. Only once, on arrival.
    if (box.current && box.current.value !== query) onQuery(box.current.value);
  }, []);
  return (
    <form
      role="search"
      method="get"
      action={path}
      onSubmit={(event) => {
        event.preventDefault();
        onQuery(box.current?.value ?? "");
      }}
      className="flex flex-wrap items-end gap-2"
      data-testid="glossary-search"
    >
      {locale !== "en" && <input type="hidden" name="lang" value={locale} />}
      <label className="grid min-w-[16rem] flex-1 gap-1 text-sm font-medium sm:max-w-md">
        {t.searchLabel}
        <input
          type="search"
          name="q"
          ref={box}
          defaultValue={query}
          onChange={(event) => onQuery(event.target.value)}
          placeholder={t.searchPlaceholder}
          dir="auto"
          className="rounded-md border border-rule bg-white px-3 py-2 text-base font-normal"
        />
      </label>
      <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong">
        {t.searchButton}
      </button>
      {query && (
        // A plain link without JavaScript; with it, clearing needs no trip to the server.
        <a
          href={localizedHref(path, locale)}
          onClick={(event) => {
            event.preventDefault();
            if (box.current) box.current.value = "";
            onQuery("");
          }}
          className="px-2 py-2 text-sm font-medium text-accent underline underline-offset-2 hover:text-accent-strong"
        >
          {t.clearSearch}
        </a>
      )}
    </form>
  );
}
