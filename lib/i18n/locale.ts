/** The interface languages. Content (articles, terms) keeps its own language whatever this is. */
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

/** The search parameter that selects the interface language: `?lang=ar`; English needs none. */
export const LOCALE_PARAM = "lang";
export const DEFAULT_LOCALE: Locale = "en";

/** Whether a string names an interface language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The writing direction of an interface language: the whole layout mirrors for Arabic. */
export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * A link that keeps the interface language: adds `lang=ar` for Arabic, removes it for English.
 *
 * @param href an app-relative URL, with or without a query and a hash
 * @param locale the interface language to keep
 * @returns the URL with the language parameter set
 */
export function localizedHref(href: string, locale: Locale): string {
  const [beforeHash = "", hash] = href.split("#", 2);
  const [path = "", query = ""] = beforeHash.split("?", 2);
  const params = new URLSearchParams(query);
  if (locale === DEFAULT_LOCALE) params.delete(LOCALE_PARAM);
  else params.set(LOCALE_PARAM, locale);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ""}${hash === undefined ? "" : `#${hash}`}`;
}

/**
 * A page's path as its visitor sees it. Pages live under `app/[locale]/` and are reached by a
 * rewrite, so a page pre-rendered at build time knows its path as `/en/cases/derna` while the
 * browser shows `/cases/derna`; anything compared with an app path must drop that segment, or
 * the server's rendering and the browser's disagree.
 *
 * @param pathname a path as `usePathname()` gives it
 * @returns the path without a leading interface-language segment (`/` for the home page)
 */
export function pathWithoutLocale(pathname: string): string {
  const match = /^\/([a-z]{2})(?=\/|$)/.exec(pathname);
  if (!match || !isLocale(match[1])) return pathname;
  return pathname.slice(match[0].length) || "/";
}
