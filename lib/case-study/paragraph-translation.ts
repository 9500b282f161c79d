import { separateChrome, type Segment } from "@/lib/engine";
import { type TextLine, bodyLines, toTextBlocks } from "@/lib/reader/text-blocks";
import { plainTranslation } from "./translation-marks";
import { translatorOf, type Translation, type Translator } from "./schema";

/** A paragraph's translation as plain text, or as stored with its terms marked. */
export type TranslationForm = "plain" | "marked";

/** What finding a paragraph's translation needs of an article. */
export interface ParagraphArticle {
  text: string;
  chromeLines: readonly string[];
  /** Its body and chrome segments as the analysis found them; without them the chrome is separated again. */
  segments?: readonly Segment[];
}

/**
 * An article's body paragraphs: every non-blank line outside the page chrome, headline and byline
 * lines included, as the reader shows them. A translation gives one paragraph for each, in order.
 *
 * @param article the article's raw text and its extra chrome lines, or the segments its analysis found
 * @returns the paragraphs' lines, in text order
 */
export function bodyParagraphLines(article: ParagraphArticle): TextLine[] {
  return bodyLines(toTextBlocks(article.text, article.segments ?? separateChrome(article.text, article.chromeLines)));
}

/**
 * A lookup of the translation by Framelens of the paragraph an offset falls in. A translation
 * gives one English paragraph per body paragraph (validate-translations.ts), not one per
 * sentence, so a quoted sentence can honestly be given only its whole paragraph's English.
 *
 * @param article the article's raw text and its extra chrome lines, or the segments its analysis found
 *   (an analyzed article's chrome need not be separated again)
 * @param translation the article's translation (undefined: it has none)
 * @param form "plain" (marks reduced to their terms), or "marked" as stored (`[[cleansing|purification]]`),
 *   for a view that tints the translated terms
 * @returns offset → the paragraph's translation, or null when the article has no translation or
 *   the offset is outside its body (chrome is not translated)
 */
export function paragraphTranslationAt(article: ParagraphArticle, translation: Translation | undefined, form: TranslationForm = "plain"): (offset: number) => string | null {
  if (translation === undefined) return () => null;
  const lines = bodyParagraphLines(article);
  return (offset) => {
    const index = lines.findIndex((line) => line.start <= offset && offset < line.end);
    const paragraph = index < 0 ? undefined : translation.paragraphs[index];
    if (paragraph === undefined) return null;
    return form === "plain" ? plainTranslation(paragraph) : paragraph;
  };
}

/**
 * The lookups of every translated article of a case study, by article id.
 *
 * @param articles the case study's articles
 * @param translations its translations (undefined: none)
 * @param form plain text or as stored (see {@link paragraphTranslationAt})
 * @returns article id → {@link paragraphTranslationAt}'s lookup (every article has one; untranslated ones answer null)
 */
export function paragraphTranslationsByArticle(
  articles: readonly (ParagraphArticle & { id: string })[],
  translations: readonly Translation[] | undefined,
  form: TranslationForm = "plain",
): Map<string, (offset: number) => string | null> {
  const byArticle = new Map((translations ?? []).map((t) => [t.article, t]));
  return new Map(articles.map((article) => [article.id, paragraphTranslationAt(article, byArticle.get(article.id), form)]));
}

/**
 * Who translated each translated article of a case study, so a quoted paragraph's English is
 * credited to Framelens or to the case's editor as it should be.
 *
 * @param translations the case study's translations (undefined: none)
 * @returns article id → its translator (untranslated articles are absent)
 */
export function translatorsByArticle(translations: readonly Translation[] | undefined): Map<string, Translator> {
  return new Map((translations ?? []).map((t) => [t.article, translatorOf(t)]));
}
