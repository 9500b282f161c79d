import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { bodyParagraphLines } from "./paragraph-translation";
import { describeEntry, type LocalizedProblem } from "./problem";
import { translationSchema, translatorOf, type Translation } from "./schema";
import { MAX_TEXT_BYTES, utf8Length } from "./text-rules";
import { malformedMark, splitTranslation } from "./translation-marks";
import { validateEntries } from "./validate-entries";

/** What the translation checks need of an article, already validated. */
export interface TranslatedArticle {
  id: string;
  headline: string | null;
  subheadline: string | null;
  text: string;
  chromeLines: readonly string[];
}

/**
 * The texts of an article's body paragraphs ({@link bodyParagraphLines}): a translation gives one
 * paragraph for each.
 *
 * @param article the article's raw text and its extra chrome lines
 * @returns the paragraphs' texts, in order
 */
export function bodyParagraphs(article: Pick<TranslatedArticle, "text" | "chromeLines">): string[] {
  return bodyParagraphLines(article).map((line) => line.text);
}

/**
 * Validate a case study's translations against its articles and lexicon: each against its
 * schema; at most one per article, of a known article; a headline (and sub-headline) exactly
 * where the article has one; one paragraph per body paragraph of the article (an editor's
 * translation may miss a headline or a paragraph: it is shown as out of step, not refused); no
 * more text than an article may hold; every mark well-formed and naming a lexicon entry.
 *
 * @param data the parsed translations (undefined: the case has none)
 * @param label how problems name the part (a folder or a label)
 * @param context the validated articles, with their texts, and the lexicon's entry ids
 * @param problems where each problem is added, naming the entry (index and article) and field
 * @returns the translations that passed their schema
 */
export function validateTranslations(
  data: unknown,
  label: string,
  context: { articles: readonly TranslatedArticle[]; entryIds: ReadonlySet<string> },
  problems: LocalizedProblem[],
): Translation[] {
  const translations = validateEntries(label, data, translationSchema, problems, "article");
  const articles = new Map(context.articles.map((a) => [a.id, a]));
  const firstIndex = new Map<string, number>();
  translations.forEach((translation, index) => {
    const entry = describeEntry(index, translation.article);
    const push = (field: string, message: LocalizedText) => problems.push({ file: label, entry, field, message });
    const first = firstIndex.get(translation.article);
    if (first === undefined) firstIndex.set(translation.article, index);
    else push("article", serverText("translationDuplicate", { first }));
    const article = articles.get(translation.article);
    if (article === undefined) {
      push("article", serverText("translationUnknownArticle", { id: translation.article }));
      return;
    }
    // An editor's translation may leave a part untranslated or be out of step (shown as such);
    // one by Framelens promises every part, paragraph by paragraph.
    const byEditor = translatorOf(translation) === "editor";
    for (const field of ["headline", "subheadline"] as const) {
      if (byEditor ? article[field] === null && translation[field] !== null : (article[field] === null) !== (translation[field] === null)) {
        push(field, serverText(article[field] === null ? "translationNoOriginal" : "translationMissingField", { id: article.id }));
      }
    }
    const expected = bodyParagraphs(article).length;
    if (!byEditor && translation.paragraphs.length !== expected) {
      push("paragraphs", serverText("translationParagraphCount", { id: article.id, expected, actual: translation.paragraphs.length }));
    }
    const texts: [string, string | null][] = [
      ["headline", translation.headline],
      ["subheadline", translation.subheadline],
      ...translation.paragraphs.map((p, i): [string, string] => [`paragraphs[${i}]`, p]),
    ];
    const size = texts.reduce((sum, [, text]) => sum + (text === null ? 0 : utf8Length(text)), 0);
    if (size > MAX_TEXT_BYTES) push("paragraphs", serverText("translationTooLarge", { id: article.id, size, limit: MAX_TEXT_BYTES }));
    for (const [field, text] of texts) {
      if (text === null) continue;
      const malformed = malformedMark(text);
      if (malformed !== null) push(field, serverText("translationMarkMalformed", { mark: malformed }));
      for (const piece of splitTranslation(text)) {
        if (piece.kind === "term" && !context.entryIds.has(piece.entry)) push(field, serverText("translationUnknownEntry", { id: piece.entry, term: piece.text }));
      }
    }
  });
  return translations;
}
