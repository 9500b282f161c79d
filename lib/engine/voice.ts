import { spanHolding, type QuoteSpan } from "./quotes";
import { tokenEquals, tokenText, type Tokens } from "./tokenize";
import type { Voice } from "./types";

/** A text's quotation marks as the voice rules read them. */
export interface QuoteMarks {
  /** Quotations closed on their line, from `findQuoteSpans`. */
  closed: readonly QuoteSpan[];
  /** Quotations left open at the end of their line, from `findOpenQuotes`. */
  open: readonly QuoteSpan[];
}

/**
 * Normalized words right before a term that hold it at a distance: ما يسمى ("the so-called")
 * and its variants, المدعو ("the one called"), and their English counterparts. A hyphen is a
 * word break once normalized, so "so-called" and "so called" are the same two words; a
 * separate بـ is a word of its own, while an attached one (بالجيش) belongs to the term.
 */
const DISTANCING_BEFORE: readonly (readonly string[])[] = [
  ["ما", "يسمي"], ["ما", "تسمي"], ["ما", "يسمي", "ب"], ["ما", "تسمي", "ب"],
  ["مايسمي"], ["مايسمي", "ب"], ["ماتسمي"], ["ماتسمي", "ب"],
  ["ما", "يعرف", "ب"], ["ما", "تعرف", "ب"], ["مايعرف", "ب"],
  ["ما", "يطلق", "عليه"], ["ما", "يطلق", "عليها"], ["ما", "يطلق", "عليه", "اسم"], ["ما", "يطلق", "عليها", "اسم"],
  ["ما", "وصفه", "ب"], ["ما", "وصفته", "ب"], ["ما", "وصفها", "ب"], ["ما", "وصفوه", "ب"],
  ["المدعو"], ["المدعوه"],
  ["so", "called"], ["self", "styled"], ["self", "proclaimed"], ["self", "described"], ["alleged"],
  ["what", "it", "described", "as"], ["what", "he", "described", "as"], ["what", "she", "described", "as"],
  ["what", "they", "described", "as"], ["what", "it", "called"], ["what", "he", "called"], ["what", "they", "called"],
  ["what", "it", "termed"], ["what", "he", "termed"], ["what", "they", "termed"],
];
const BA = "ب".charCodeAt(0);
/** {@link DISTANCING_BEFORE} by its last word, for a lookup per term instead of a scan. */
const DISTANCING_BY_LAST_WORD = groupByLastWord(DISTANCING_BEFORE);
/** The phrases that end in a separate بـ, without it, by their new last word (for ما يعرف بمجلس…). */
const DISTANCING_BEFORE_BA = groupByLastWord(DISTANCING_BEFORE.filter((p) => p[p.length - 1] === "ب").map((p) => p.slice(0, -1)));

function groupByLastWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const byLast = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const last = phrase[phrase.length - 1] ?? "";
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  return byLast;
}
/** Normalized words right after a term that hold it at a distance ("the alleged"). */
const DISTANCING_AFTER = new Set(["المزعوم", "المزعومه", "المزعومين", "المزعومون", "المزعومات", "المزعومتين"]);

/**
 * Normalized words that introduce a statement (said, added, stated; a statement): a quotation
 * right after one is someone's statement, not the outlet's scare quotes. A leading و or ف is
 * dropped before the lookup (وقال، فأضاف).
 */
const SPEECH_WORDS = new Set([
  "قال", "قالت", "قالوا", "يقول", "تقول", "اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "اضاف", "اضافت", "اضافوا", "يضيف",
  "اوضح", "اوضحت", "يوضح", "صرح", "صرحت", "تابع", "تابعت", "متابعا", "مضيفا", "مضيفه", "موضحا", "مؤكدا",
  "بيان", "البيان", "بيانا", "بيانه", "بيانها", "تصريح", "تصريحات", "تصريحه", "تصريحاته",
  "said", "says", "say", "stated", "states", "added", "adds", "told", "declared", "statement", "announced",
]);

/** A quotation of at most this many words around a label is a scare quote, not a statement. */
const SHORT_QUOTE_WORDS = 4;
/** How far back from a quotation's opening mark a statement's verb is looked for. */
const SPEECH_LOOKBACK_WORDS = 12;
/** Characters that end a sentence: a statement's verb is looked for in the quotation's own sentence. */
const SENTENCE_END = /[.!?؟\n\r]/;

/**
 * Whose words a term is: `distanced` when a hedge (ما يسمى، مايسمى، ما يعرف بـ، المدعو،
 * so-called, self-styled, what it described as) precedes it, المزعوم follows it, or a short
 * quotation (1-4 words) holds it as a scare quote; `attributed` when it stands inside a longer
 * quotation (a hedge there is the speaker's, so the statement's voice wins), a quotation introduced by a colon or a verb of saying (قال، أكد، أضاف، بيان،
 * said, stated), or a quotation a verb of saying opened and the page never closed; otherwise
 * `outlet`, the outlet's own words.
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param quotes the text's quotation marks
 * @param firstWord index of the term's first word
 * @param lastWord index of the term's last word
 */
export function findVoice(raw: string, tokens: Tokens, quotes: QuoteMarks, firstWord: number, lastWord: number): Voice {
  const hedged = isHedged(tokens, firstWord, lastWord);
  const start = tokens.rawStart[firstWord] ?? 0;
  const end = tokens.rawEnd[lastWord] ?? 0;
  const quotation = spanHolding(quotes.closed, start, end);
  if (quotation) {
    const short = wordsInSpan(tokens, quotation, firstWord, lastWord, SHORT_QUOTE_WORDS + 1) <= SHORT_QUOTE_WORDS;
    // A hedge inside someone's statement is the speaker's distance, not the outlet's: the statement's voice wins.
    if (short && hedged) return "distanced";
    return short && !introducesStatement(raw, tokens, quotation, firstWord, true) ? "distanced" : "attributed";
  }
  const unclosed = spanHolding(quotes.open, start, end);
  if (unclosed && introducesStatement(raw, tokens, unclosed, firstWord, false)) return "attributed";
  return hedged ? "distanced" : "outlet";
}

/** Whether a hedge stands right before the term or المزعوم right after it. */
function isHedged(tokens: Tokens, firstWord: number, lastWord: number): boolean {
  if (firstWord > 0) {
    // The word right before the term picks the few phrases that can end there.
    const before = tokenText(tokens, firstWord - 1);
    const candidates = [...(DISTANCING_BY_LAST_WORD.get(before) ?? [])];
    // ما يعرف بمجلس…: a بـ written onto the term stands for the phrase's own بـ.
    if (tokens.codes[tokens.codeStart[firstWord] ?? 0] === BA) candidates.push(...(DISTANCING_BEFORE_BA.get(before) ?? []));
    for (const phrase of candidates) {
      const at = firstWord - phrase.length;
      if (at >= 0 && phrase.every((word, k) => (k === 0 ? withProclitic(tokens, at, word) : tokenEquals(tokens, at + k, word)))) return true;
    }
  }
  const next = lastWord + 1;
  return next < tokens.count && DISTANCING_AFTER.has(tokenText(tokens, next));
}

/** Proclitics a hedge's first word may carry: لما يسمى، وما يعرف بـ، بما يسمى. */
const HEDGE_PROCLITICS = new Set(["", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب"]);

/** Whether word `index` is `word`, or `word` after a proclitic (لما for ما). */
function withProclitic(tokens: Tokens, index: number, word: string): boolean {
  const text = tokenText(tokens, index);
  return text.endsWith(word) && HEDGE_PROCLITICS.has(text.slice(0, text.length - word.length));
}

/** Where a hedge stands relative to the label it hedges. */
export type HedgePlace = "before" | "after";

/**
 * Whether words `firstWord … lastWord` are themselves a hedge, and on which side of the label
 * it hedges: `before` for a distancing phrase that precedes its label (ما يسمى، ما تسمى،
 * مايسمى، ما يعرف، المدعو, so-called, self-styled; with or without its بـ, and its first word
 * may carry a proclitic: لما يسمى), `after` for المزعوم and its inflections, which follow it.
 * The lexicon says whether a hedge is a label too; this says whom it is about.
 *
 * @param tokens the text's words
 * @param firstWord index of the match's first word
 * @param lastWord index of the match's last word
 * @returns the hedge's place, or undefined when the words are no hedge
 */
export function hedgePlace(tokens: Tokens, firstWord: number, lastWord: number): HedgePlace | undefined {
  if (firstWord === lastWord && DISTANCING_AFTER.has(tokenText(tokens, firstWord))) return "after";
  const length = lastWord - firstWord + 1;
  const phrases = DISTANCING_BY_LAST_WORD.get(tokenText(tokens, lastWord)) ?? [];
  const withoutBa = DISTANCING_BEFORE_BA.get(tokenText(tokens, lastWord)) ?? [];
  for (const phrase of [...phrases, ...withoutBa]) {
    if (phrase.length !== length) continue;
    if (phrase.every((word, k) => (k === 0 ? withProclitic(tokens, firstWord, word) : tokenEquals(tokens, firstWord + k, word)))) return "before";
  }
  return undefined;
}

/** The words inside `span`, counted outward from the term and no further than `cap`. */
function wordsInSpan(tokens: Tokens, span: QuoteSpan, firstWord: number, lastWord: number, cap: number): number {
  let count = lastWord - firstWord + 1;
  for (let w = firstWord - 1; w >= 0 && count < cap && (tokens.rawStart[w] ?? 0) >= span.start; w--) count++;
  for (let w = lastWord + 1; w < tokens.count && count < cap && (tokens.rawEnd[w] ?? 0) <= span.end; w++) count++;
  return count;
}

/**
 * Whether the quotation is someone's statement: its opening mark follows a verb of saying in
 * the same sentence (at most two words before it, when `adjacentOnly`), or a colon (قال المتحدث: "…").
 */
function introducesStatement(raw: string, tokens: Tokens, span: QuoteSpan, firstWord: number, adjacentOnly: boolean): boolean {
  const mark = span.start - 1;
  let w = firstWord;
  while (w >= 0 && (tokens.rawStart[w] ?? 0) >= span.start) w--;
  // Only spaces and punctuation between the word before and the mark: a colon there opens a statement.
  const gapStart = w >= 0 ? (tokens.rawEnd[w] ?? 0) : 0;
  const gap = raw.slice(gapStart, mark);
  if (gap.includes(":")) return true;
  if (SENTENCE_END.test(gap)) return false;
  // A scare quote in reported speech (قال إن قواته ستواصل "تطهير" المدينة) is still a scare
  // quote: for a short quotation only a verb next to the mark (وقال المتحدث "…") makes a statement.
  const lookback = adjacentOnly ? 2 : SPEECH_LOOKBACK_WORDS;
  for (let k = 0; k < lookback && w >= 0; k++, w--) {
    if (isSpeechWord(tokenText(tokens, w))) return true;
    const between = raw.slice(tokens.rawEnd[w - 1] ?? 0, tokens.rawStart[w] ?? 0);
    if (w > 0 && SENTENCE_END.test(between)) return false;
  }
  return false;
}

function isSpeechWord(word: string): boolean {
  if (SPEECH_WORDS.has(word)) return true;
  const first = word.charAt(0);
  return (first === "و" || first === "ف") && SPEECH_WORDS.has(word.slice(1));
}
