import { NORMALIZATION_TABLE, QUOTE, isWordCode, normalizeCode } from "./normalize";
import { tokenEquals, tokenText, type Tokens } from "./tokenize";

/** A stretch of raw text between an opening and a closing quotation mark. */
export interface QuoteSpan {
  /** Raw offset just after the opening mark. */
  start: number;
  /** Raw offset of the closing mark. */
  end: number;
}

const ALWAYS_OPENS = new Set([0x201c, 0x201e, 0xab, 0x2039, 0x2018, 0x300c]);
const ALWAYS_CLOSES = new Set([0x201d, 0xbb, 0x203a, 0x2019, 0x300d]);

/**
 * Find the quoted stretches of a text. A mark opens when a word follows it and none
 * precedes it, and closes in the opposite case; where its neighbours leave that open
 * (a mark between two letters, or between two spaces), typographic marks open or close by
 * their shape and straight marks alternate. A quotation never runs past a line break, and
 * a mark left open at the end of a line quotes nothing (captured pages often lose one).
 *
 * @param raw the text as read
 * @returns the quoted stretches, in text order
 */
export function findQuoteSpans(raw: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const table = NORMALIZATION_TABLE;
  const quote = QUOTE;
  let openAt = -1;
  for (let i = 0; i < raw.length; i++) {
    const rawCode = raw.charCodeAt(i);
    if (rawCode === 0x0a || rawCode === 0x0d) {
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
    else if (ALWAYS_OPENS.has(rawCode)) opens = true;
    else if (ALWAYS_CLOSES.has(rawCode)) opens = false;
    else opens = openAt < 0;

    if (opens) openAt = i + 1;
    else if (openAt >= 0) {
      spans.push({ start: openAt, end: i });
      openAt = -1;
    }
  }
  return spans;
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
 * Normalized words that distance the writer from the term after them: ما يسمى ("the so-called")
 * and its variants, and their English counterparts (so-called, self-styled, self-proclaimed,
 * alleged; a hyphen is a word break once normalized, so "so called" counts too).
 */
const DISTANCING_BEFORE = [
  ["ما", "يسمي"], ["ما", "تسمي"], ["ما", "يسمي", "ب"], ["ما", "تسمي", "ب"], ["ما", "يعرف", "ب"],
  ["so", "called"], ["self", "styled"], ["self", "proclaimed"], ["alleged"],
];
/** Normalized words that distance the writer from the term before them ("the alleged"). */
const DISTANCING_AFTER = new Set(["المزعوم", "المزعومه", "المزعومين", "المزعومون", "المزعومات", "المزعومتين"]);
/** Every word of {@link DISTANCING_AFTER} starts with this letter: a cheap first test. */
const DISTANCING_AFTER_FIRST_CODE = "ا".charCodeAt(0);

/**
 * Whether words `firstWord … lastWord` stand inside a quotation, right after a distancing
 * phrase (ما يسمى، ما يسمى بـ، ما يعرف بـ; so-called, self-styled, self-proclaimed, alleged) or
 * right before المزعوم / المزعومة.
 *
 * @param tokens the text's words
 * @param spans the text's quoted stretches, from {@link findQuoteSpans}
 * @param firstWord index of the term's first word
 * @param lastWord index of the term's last word
 */
export function isQuoted(tokens: Tokens, spans: readonly QuoteSpan[], firstWord: number, lastWord: number): boolean {
  const start = tokens.rawStart[firstWord] ?? 0;
  const end = tokens.rawEnd[lastWord] ?? 0;
  if (insideSpan(spans, start, end)) return true;
  for (const phrase of DISTANCING_BEFORE) {
    const at = firstWord - phrase.length;
    // The word right before the term first: it rules out almost every phrase at once.
    if (at < 0 || !tokenEquals(tokens, firstWord - 1, phrase[phrase.length - 1] ?? "")) continue;
    if (phrase.every((word, k) => tokenEquals(tokens, at + k, word))) return true;
  }
  const next = lastWord + 1;
  return next < tokens.count && DISTANCING_AFTER_FIRST_CODE === tokens.codes[tokens.codeStart[next] ?? 0] && DISTANCING_AFTER.has(tokenText(tokens, next));
}

/** Binary search of the (sorted, disjoint) spans for one that holds `[start, end)`. */
function insideSpan(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) return false;
    if (span.end < start) low = middle + 1;
    else if (span.start > start) high = middle - 1;
    else return end <= span.end;
  }
  return false;
}
