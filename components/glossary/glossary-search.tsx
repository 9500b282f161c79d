import Link from "next/link";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";

export interface GlossarySearchProps {
  /** The glossary's path, without the language. */
  path: string;
  locale: Locale;
  /** The search in the URL now. */
  query: string;
  messages: Pick<GlossaryMessages, "searchLabel" | "searchPlaceholder" | "searchButton" | "clearSearch">;
}

/**
 * The glossary's search: a plain GET form, so the query lands in the URL (`?q=`) and the server
 * filters; it works without JavaScript and every search is a permalink.
 */
export function GlossarySearch({ path, locale, query, messages: t }: GlossarySearchProps) {
  return (
    <form role="search" method="get" action={path} className="flex flex-wrap items-end gap-2" data-testid="glossary-search">
      {locale !== "en" && <input type="hidden" name="lang" value={locale} />}
      <label className="grid min-w-[16rem] flex-1 gap-1 text-sm font-medium sm:max-w-md">
        {t.searchLabel}
        <input
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t.searchPlaceholder}
          dir="auto"
          className="rounded-md border border-rule bg-white px-3 py-2 text-base font-normal"
        />
      </label>
      <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong">
        {t.searchButton}
      </button>
      {query && (
        <Link href={localizedHref(path, locale)} className="px-2 py-2 text-sm font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
          {t.clearSearch}
        </Link>
      )}
    </form>
  );
}
