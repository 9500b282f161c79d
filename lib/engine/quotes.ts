import { NORMALIZATION_TABLE, QUOTE, isWordCode, normalizeCode } from "./normalize";

/** A stretch of raw text between an opening and a closing quotation mark. */
export interface QuoteSpan {
  /** Raw offset just after the opening mark. */
  start: number;
  /** Raw offset of the closing mark. */
  end: number;
}

/**
 * Find the quoted stretches of a text. A mark opens when a word follows it and none
 * precedes it, and closes in the opposite case; where its neighbours leave that open
 * (a mark between two letters, or between two spaces, as in ” شورى المجاهدين ”), it closes
 * a quotation that is open and opens one otherwise, so a quotation opened and closed with the
 * same mark (”…”) or with spaced marks is found too. A quotation never runs past a line
 * break, and a mark left open at the end of a line quotes nothing (captured pages often lose
 * one; {@link findOpenQuotes} lists those).
 *
 * @param raw the text as read
 * @returns the quoted stretches, in text order
 */
export function findQuoteSpans(raw: string): QuoteSpan[] {
  return scanQuotes(raw).closed;
}

/**
 * Quotation marks left open at the end of their line: each as the stretch from just after the
 * mark to the end of the line. A statement introduced by "قال:" or "said" often loses its
 * closing mark in a captured page, so the reader of a voice may still take it as quoted.
 *
 * @param raw the text as read
 * @returns the unclosed stretches, in text order
 */
export function findOpenQuotes(raw: string): QuoteSpan[] {
  return scanQuotes(raw).open;
}

/**
 * Both lists at once, in one pass over the text: the quotations closed on their line
 * ({@link findQuoteSpans}) and those left open at its end ({@link findOpenQuotes}).
 *
 * @param raw the text as read
 * @returns the closed and the open stretches, each in text order
 */
export function scanQuotes(raw: string): { closed: QuoteSpan[]; open: QuoteSpan[] } {
  const closed: QuoteSpan[] = [];
  const open: QuoteSpan[] = [];
  const table = NORMALIZATION_TABLE;
  const quote = QUOTE;
  let openAt = -1;
  for (let i = 0; i < raw.length; i++) {
    const rawCode = raw.charCodeAt(i);
    if (rawCode === 0x0a || rawCode === 0x0d) {
      if (openAt >= 0) open.push({ start: openAt, end: i });
      openAt = -1;
      continue;
    }
    if (table[rawCode] !== quote) continue;
    // An apostrophe inside a word (don't, l'armée) is no quotation mark.
    const before = wordAround(raw, i, -1);
    const after = wordAround(raw, i, 1);
    if ((rawCode === 0x27 || rawCode === 0x2019) && before && after) continue;
    let opens: boolean;
    if (after && !before) opens = true;
    else if (before && !after) opens = false;
    // Between two letters (بـ”الجيش”) or two spaces (” شورى المجاهدين ”) a mark's shape does not
    // tell: real pages open with ” as often as with “. Whether a quotation is open does.
    else opens = openAt < 0;

    if (opens) openAt = i + 1;
    else if (openAt >= 0) {
      closed.push({ start: openAt, end: i });
      openAt = -1;
    }
  }
  if (openAt >= 0) open.push({ start: openAt, end: raw.length });
  return { closed, open };
}

/** Whether a letter or digit stands next to position `i` (skipping diacritics and tatweel). */
function wordAround(raw: string, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < raw.length; j += step) {
    const code = normalizeCode(raw.charCodeAt(j));
    if (code === 0) continue;
    // A tatweel before a quote (لـ"اليوم السابع") joins the preposition to what follows.
    return isWordCode(code);
  }
  return false;
}

/**
 * The span of `spans` (sorted, disjoint) that holds `[start, end)`, found by binary search.
 *
 * @param spans quoted stretches, from {@link findQuoteSpans}
 * @param start raw offset of the term's first character
 * @param end raw offset just past the term
 * @returns the span, or undefined when the term is not inside one
 */
export function spanHolding(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) return undefined;
    if (span.end < start) low = middle + 1;
    else if (span.start > start) high = middle - 1;
    else return end <= span.end ? span : undefined;
  }
  return undefined;
}
