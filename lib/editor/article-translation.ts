import type { Translation } from "@/lib/case-study/schema";
import { MAX_TEXT_BYTES, findForbiddenCharacter, utf8Length } from "@/lib/case-study/text-rules";
import { malformedMark, splitTranslation } from "@/lib/case-study/translation-marks";

/** What the translation fields of the article form hold: plain strings as typed or uploaded. */
export interface TranslationInput {
  headline: string;
  /** One paragraph per non-blank line, in the order of the original's body paragraphs. */
  text: string;
}

/**
 * A part of the translation fields that cannot be saved: over the size limit per article, a
 * character no database keeps, a `[[…]]` mark that cannot be read or names no lexicon entry, a
 * translation by Framelens left as it was while the text's paragraphs changed in number.
 */
export type TranslationProblem = "translationSize" | "translationCharacter" | "translationMark" | "translationOutOfStep";

/** The empty translation fields: the article has no translation. */
export const NO_TRANSLATION: TranslationInput = { headline: "", text: "" };

/**
 * The translation fields filled from an article's translation, to edit it: its paragraphs one
 * under the other with a blank line between, so the field reads like the article.
 *
 * @param translation the article's translation, if it has one
 */
export function inputFromTranslation(translation: Translation | undefined): TranslationInput {
  if (translation === undefined) return NO_TRANSLATION;
  return { headline: translation.headline ?? "", text: translation.paragraphs.join("\n\n") };
}

/**
 * The paragraphs of a translation as typed: every non-blank line, trimmed, as the original's
 * body paragraphs are every non-blank line of its text.
 *
 * @param text the translation field
 */
export function translationParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/**
 * What keeps the translation fields from being saved: more than {@link MAX_TEXT_BYTES} (the
 * article's own limit), a NUL or a lone surrogate, or a `[[rendering|entry-id]]` mark that is
 * malformed or names no entry of the lexicon. The same rules the server applies on save.
 *
 * @param input the translation fields
 * @param entryIds the lexicon's entry ids
 * @returns the problems, in that order; empty when the translation can be kept
 */
export function checkTranslationInput(input: TranslationInput, entryIds: ReadonlySet<string>): TranslationProblem[] {
  const all = `${input.headline}\n${input.text}`;
  const problems: TranslationProblem[] = [];
  if (utf8Length(input.headline) + utf8Length(input.text) > MAX_TEXT_BYTES) problems.push("translationSize");
  if (findForbiddenCharacter(all) !== null) problems.push("translationCharacter");
  const unknown = splitTranslation(all).some((piece) => piece.kind === "term" && !entryIds.has(piece.entry));
  if (malformedMark(all) !== null || unknown) problems.push("translationMark");
  return problems;
}

/**
 * An article's translation from the form. Left as it was saved when the fields still say the
 * same (so a translation by Framelens stays Framelens's); otherwise the editor's own. Empty
 * fields mean the article has no translation: none is invented.
 *
 * @param articleId the article's id
 * @param input the translation fields, checked with {@link checkTranslationInput}
 * @param existing the article's translation as it stands in the draft, if any
 * @returns the translation, or null for none
 */
export function buildTranslation(articleId: string, input: TranslationInput, existing?: Translation): Translation | null {
  const paragraphs = translationParagraphs(input.text);
  const headline = input.headline.trim() === "" ? null : input.headline.trim();
  if (paragraphs.length === 0 && headline === null) return null;
  const unchanged = existing !== undefined && existing.headline === headline && existing.paragraphs.join("\n") === paragraphs.join("\n");
  if (unchanged) return { ...existing, article: articleId };
  return { article: articleId, headline, subheadline: null, paragraphs, by: "editor" };
}

/**
 * Whether the form would keep a translation by Framelens that no longer pairs with the text:
 * Framelens's translations give one paragraph per paragraph of the original (the server refuses
 * one that does not), so after an edit that changes their number the editor must line it up
 * (making it theirs) or empty it. Never dropped silently.
 *
 * @param input the translation fields
 * @param existing the article's translation as it stands in the draft, if any
 * @param originalCount the number of body paragraphs of the text in the form
 */
export function framelensOutOfStep(input: TranslationInput, existing: Translation | undefined, originalCount: number): boolean {
  const kept = existing === undefined ? null : buildTranslation(existing.article, input, existing);
  // Left unchanged, a translation keeps its translator; changed, it is the editor's.
  return kept !== null && kept.by !== "editor" && kept.paragraphs.length !== originalCount;
}
