/** One search parameter as Next gives a page: absent, once, or repeated (`?q=a&q=b`). */
export type SearchParamValue = string | readonly string[] | undefined;

/**
 * The first value of a search parameter, or null when it is absent or empty: what a page that
 * takes one value (a search, a chosen actor) reads when the URL repeats the key.
 *
 * @param value the parameter as Next gives it
 */
export function firstSearchParam(value: SearchParamValue): string | null {
  const first = typeof value === "string" ? value : value?.[0];
  return first === undefined || first === "" ? null : first;
}
