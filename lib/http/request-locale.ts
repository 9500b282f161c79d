import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";

/**
 * The language a request wants its refusals in: Arabic when the first language of its
 * `Accept-Language` (the most preferred; of equals, the first listed) is Arabic (`ar`,
 * `ar-LY`, …), English otherwise, and English without the header, so the CLI and API users
 * read what they always read.
 *
 * @param request the HTTP request
 * @returns the language of the answer's `error`
 */
export function requestLocale(request: Request): Locale {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/**
 * {@link requestLocale} from the header's value.
 *
 * @param header the `Accept-Language` value, or null without one
 */
export function localeFromAcceptLanguage(header: string | null): Locale {
  let best: { tag: string; quality: number } | null = null;
  for (const part of (header ?? "").split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const quality = q === undefined ? 1 : Number(q);
    if (tag.trim() === "" || !(quality > 0)) continue;
    if (best === null || quality > best.quality) best = { tag: tag.trim().toLowerCase(), quality };
  }
  return best !== null && /^ar(-|$)/.test(best.tag) ? "ar" : DEFAULT_LOCALE;
}
