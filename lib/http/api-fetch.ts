import type { Locale } from "@/lib/i18n/locale";

/**
 * Fetch from the app's own API, asking for its refusals in the interface's language: the
 * request carries `Accept-Language` of the page's locale, so an Arabic page reads Arabic errors.
 *
 * @param path the API path, e.g. `/api/import/url`
 * @param locale the interface language
 * @param init as for `fetch` (its headers are kept)
 */
export function fetchApi(path: string, locale: Locale, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("accept-language", locale);
  return fetch(path, { ...init, headers });
}
