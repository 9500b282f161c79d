import type { CategoryId } from "@/lib/case-study/schema";
import { splitTranslation } from "@/lib/case-study/translation-marks";
import { CATEGORY_TINTS } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";

export interface ExcerptTranslationProps {
  /** Unique on the page: names the translation's box by its caption. */
  id: string;
  /** The paragraph as stored (`[[cleansing|purification]]`), or null when the article has no translation. */
  text: string | null;
  /** The label the excerpt is about: its rendering in the English is marked as the excerpt marks it. */
  entry: string;
  lexicon: readonly { id: string; category: string | null }[];
  /** "Translation by Framelens (whole paragraph)" and "No translation of this article yet.", in the interface's language. */
  label: string;
  missing: string;
  locale: Locale;
}

/**
 * The English of an excerpt's paragraph, under the excerpt at the slide's size: captioned as
 * Framelens's translation of the whole paragraph, never the outlet's words or the sentence
 * alone, with the label's rendering marked. A long paragraph scrolls in its own box (reachable
 * with the keyboard), so the slide itself still fits the screen. An article without a
 * translation says so: nothing is invented.
 */
export function ExcerptTranslation({ id, text, entry, lexicon, label, missing, locale }: ExcerptTranslationProps) {
  if (text === null) {
    return (
      <p data-testid="excerpt-no-translation" lang={locale} className="text-[1em] italic text-muted">
        {missing}
      </p>
    );
  }
  const categories = new Map(lexicon.map((e) => [e.id, e.category]));
  return (
    <div data-testid="excerpt-translation" className="flex flex-col border-s-[0.15em] border-accent ps-[0.5em] md:min-h-[4.6em] md:flex-1">
      <p id={id} lang={locale} className="text-[0.95em] font-semibold text-muted">
        {label}
      </p>
      <div role="region" aria-labelledby={id} tabIndex={0} lang="en" dir="ltr" className="max-h-[12em] min-h-[2.6em] overflow-y-auto text-[1em] leading-snug text-ink md:max-h-none md:flex-1">
        {splitTranslation(text).map((piece, i) => {
          if (piece.kind === "text") return piece.text;
          const focal = piece.entry === entry;
          const tint = CATEGORY_TINTS[categories.get(piece.entry) as CategoryId] ?? "#eee";
          return (
            <mark
              key={i}
              data-entry={piece.entry}
              data-focal-rendering={focal ? "true" : undefined}
              className={focal ? "rounded-[0.15em] px-[0.1em] font-bold text-ink" : "rounded-[0.15em] text-ink"}
              style={focal ? { background: tint, outline: "0.08em solid #1f1d1a" } : { background: tint }}
            >
              {piece.text}
            </mark>
          );
        })}
      </div>
    </div>
  );
}
