import type { Locale } from "./locale";
import type { ShownTermNote } from "./term-note";

/**
 * A case study's own text (an outlet's country or description, an event's period, how an article's
 * date was worked out) for one interface language: the Arabic interface shows the Arabic when the
 * case study gives it, and otherwise the English, marked as English (a missing translation is
 * never invented), as {@link termNote} does for a term's note.
 *
 * @param english the text as the case study writes it in English
 * @param arabic the same in Arabic, if the case study gives it
 * @param locale the interface language
 * @returns the text, the language it is written in and its direction
 */
export function caseText(english: string, arabic: string | undefined, locale: Locale): ShownTermNote {
  if (locale === "ar" && arabic) return { text: arabic, lang: "ar", dir: "rtl" };
  return { text: english, lang: "en", dir: "ltr" };
}
