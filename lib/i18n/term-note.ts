import type { Locale } from "./locale";

/** A lexicon entry's note on why its term frames, as stored: the English, and the Arabic if written. */
export interface TermNoteSource {
  note: string;
  note_ar?: string;
}

/** The note to show, with the language it is really written in (so the page can mark it). */
export interface ShownTermNote {
  text: string;
  lang: Locale;
  dir: "ltr" | "rtl";
}

/**
 * The note on why a term frames, for one interface language: the Arabic interface shows the
 * Arabic note when the curator wrote one, and otherwise the English note, marked as English
 * (a missing translation is never invented).
 *
 * @param entry the lexicon entry (or any object carrying its notes)
 * @param locale the interface language
 * @returns the note's text, language and direction
 */
export function termNote(entry: TermNoteSource, locale: Locale): ShownTermNote {
  if (locale === "ar" && entry.note_ar) return { text: entry.note_ar, lang: "ar", dir: "rtl" };
  return { text: entry.note, lang: "en", dir: "ltr" };
}
