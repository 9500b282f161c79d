/** The languages an article can be in, in the order menus list them. */
export const ARTICLE_LANGUAGES = ["ar", "en"] as const;

/** One article language. */
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** Which mentions the overview counts: those of every article (`all`), or of one language's articles only. */
export type LanguageView = "all" | ArticleLanguage;

/** The URL key of the view (`?language=en`); a missing or unknown value means every language. */
export const LANGUAGE_PARAM = "language";

/**
 * Read the view from a query-string value.
 *
 * @param value the value of `?language=` (a repeated key gives a list: its first value counts)
 * @returns `ar` or `en` for those values, `all` otherwise
 */
export function parseLanguageView(value: string | readonly string[] | null | undefined): LanguageView {
  const first = typeof value === "string" ? value : value?.[0];
  return (ARTICLE_LANGUAGES as readonly string[]).includes(first ?? "") ? (first as ArticleLanguage) : "all";
}

/**
 * Set or drop `?language=` in a query string, every other parameter kept in its place.
 *
 * @param search the current query string, with or without its `?`
 * @param view the view to write
 * @returns the query string without `?`; `language` is absent for `all`, so the default view has the plain URL
 */
export function withLanguageView(search: string, view: LanguageView): string {
  const params = new URLSearchParams(search);
  if (view === "all") params.delete(LANGUAGE_PARAM);
  else params.set(LANGUAGE_PARAM, view);
  // Matrix label keys are slugs joined by colons: keep them readable in a permalink.
  return params.toString().replace(/%3A/gi, ":");
}
