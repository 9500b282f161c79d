import { type Tokens, tokenText, tokenize } from "@/lib/engine";

/** Where a term stands in a text, in UTF-16 offsets. */
export interface TermSpan {
  start: number;
  end: number;
}

/**
 * Where a counted term (one normalized word, or two separated by a space, as `countTerms`
 * keys them) stands in a raw text: the same words in order, only spaces or one hyphen between
 * them, as they were counted.
 *
 * @param text a raw text (a body segment, or a whole article)
 * @param term the term as counted
 * @returns its spans, in text order
 */
export function findTermSpans(text: string, term: string): TermSpan[] {
  return findTermSpansInTokens(tokenize(text), term);
}

/**
 * {@link findTermSpans} on a text tokenized once, for looking up many terms in the same text.
 *
 * @param tokens the raw text's tokens (`tokenize`)
 * @param term the term as counted
 * @returns its spans in the tokenized text's offsets, in text order
 */
export function findTermSpansInTokens(tokens: Tokens, term: string): TermSpan[] {
  const words = term.split(" ");
  const spans: TermSpan[] = [];
  for (let last = words.length - 1; last < tokens.count; last++) {
    const first = last - words.length + 1;
    let same = true;
    for (let k = 0; k < words.length && same; k++) same = tokenText(tokens, first + k) === words[k] && (k === 0 || tokens.joined[first + k] === 1);
    if (same) spans.push({ start: tokens.rawStart[first] ?? 0, end: tokens.rawEnd[last] ?? 0 });
  }
  return spans;
}
