/**
 * The inline syntax that ties a translated term to the lexicon entry tagged in the original:
 * `[[cleansing|purification]]` shows "cleansing" and names the entry `purification`. Brackets
 * elsewhere are plain text; a `[[` that does not close into `[[text|entry-id]]` is malformed.
 */

/** One stretch of a translated paragraph: plain text, or a term marked with its lexicon entry. */
export type TranslationPiece = { kind: "text"; text: string } | { kind: "term"; text: string; entry: string };

const MARK = /\[\[([^[\]|]+)\|([a-z0-9]+(?:-[a-z0-9]+)*)\]\]/gu;

/**
 * Cut a translated paragraph at its marked terms.
 *
 * @param paragraph the paragraph as stored, marks included
 * @returns the pieces in order, marks removed from the text; a malformed mark stays as plain text
 */
export function splitTranslation(paragraph: string): TranslationPiece[] {
  const pieces: TranslationPiece[] = [];
  let at = 0;
  for (const match of paragraph.matchAll(MARK)) {
    if (match.index > at) pieces.push({ kind: "text", text: paragraph.slice(at, match.index) });
    pieces.push({ kind: "term", text: match[1]!, entry: match[2]! });
    at = match.index + match[0].length;
  }
  if (at < paragraph.length) pieces.push({ kind: "text", text: paragraph.slice(at) });
  return pieces;
}

/**
 * The first malformed mark of a paragraph: a `[[` or `]]` left in its plain text once every
 * well-formed mark is taken out (`[[cleansing]]`, `[[cleansing|Purification]]`), or null.
 *
 * @param paragraph the paragraph as stored
 */
export function malformedMark(paragraph: string): string | null {
  for (const piece of splitTranslation(paragraph)) {
    if (piece.kind !== "text") continue;
    const found = /\[\[[^\]]*\]{0,2}|\]\]/u.exec(piece.text);
    if (found) return found[0];
  }
  return null;
}

/**
 * A translated paragraph as plain text, its marks reduced to the terms they show.
 *
 * @param paragraph the paragraph as stored
 */
export function plainTranslation(paragraph: string): string {
  return splitTranslation(paragraph)
    .map((piece) => piece.text)
    .join("");
}
