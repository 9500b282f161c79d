import { DROPPED, NORMALIZATION_TABLE, SPACE, WORD_CODES } from "./normalize";

/**
 * The words of a text, normalized, with their raw offsets.
 *
 * Stored as parallel typed arrays rather than one object per word: a megabyte of Arabic
 * holds some 100,000 words, and the matcher reads them in one tight loop.
 */
export interface Tokens {
  /** Number of words. */
  count: number;
  /** Normalized code units of every word, end to end. */
  codes: Uint16Array;
  /** Word `i` is `codes[codeStart[i]] … codes[codeStart[i + 1] - 1]`; `count + 1` entries. */
  codeStart: Int32Array;
  /** Raw UTF-16 offset of each word's first character. */
  rawStart: Int32Array;
  /** Raw UTF-16 offset just past each word's last character. */
  rawEnd: Int32Array;
  /**
   * 1 when only white space (line breaks included), or one hyphen alone (pro-government), or
   * one apostrophe between two letters (Haftar's, Haftar’s) separates word `i` from word `i - 1`;
   * quotation marks beside the white space do not count (مسلحي "القاعدة").
   */
  joined: Uint8Array;
  /** 1 when the word's final normalized ه was written ة (so it is no pronoun suffix). */
  endsInTaMarbuta: Uint8Array;
  /** 1 when the word is written in Latin capitals only (IS, LNA), which tells an acronym from a word (is). */
  capitals: Uint8Array;
}

const GAP_NONE = 0;
const GAP_SPACE = 1;
const GAP_HYPHEN = 2;
const GAP_BROKEN = 3;
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** A straight or curly apostrophe: inside an English word (Haftar's) it joins, as a hyphen does. */
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
/**
 * Quotation marks: «…», “…”, „…“, ‹…› and the straight ". Between two words they leave them
 * joined, as the space beside them does: a name in scare quotes inside a phrase (مسلحي "القاعدة",
 * إرهابيي «داعش») is still part of the phrase. Whose words it is, the quote scanner tells apart.
 */
const QUOTATION_MARKS = new Set([0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x2039, 0x203a]);

/**
 * Split a raw text into normalized words: runs of letters and digits, with diacritics
 * and tatweel dropped inside them. Everything else separates words.
 *
 * @param raw the text as read
 * @returns the words with their raw offsets
 */
export function tokenize(raw: string): Tokens {
  const length = raw.length;
  const table = NORMALIZATION_TABLE;
  const wordCodes = WORD_CODES;
  // Local copies: an imported binding is a property read on every use once transpiled.
  const dropped = DROPPED;
  const space = SPACE;
  // Upper bounds: at most one word per two code units, and no more codes than the text.
  const maxWords = (length >> 1) + 1;
  const codes = new Uint16Array(length);
  const codeStart = new Int32Array(maxWords + 1);
  const rawStart = new Int32Array(maxWords);
  const rawEnd = new Int32Array(maxWords);
  const joined = new Uint8Array(maxWords);
  const endsInTaMarbuta = new Uint8Array(maxWords);
  const capitals = new Uint8Array(maxWords);

  let count = 0;
  let codeLength = 0;
  let inWord = false;
  // What separates the current word from the previous one: only spaces, one bare hyphen, or more.
  let gap = GAP_NONE;
  let lastRaw = 0;
  let allCapitals = false;
  for (let i = 0; i < length; i++) {
    const rawCode = raw.charCodeAt(i);
    const code = table[rawCode] ?? rawCode;
    if (code === dropped) {
      // A mark after a letter belongs to that letter: keep it inside the word's span.
      if (inWord) rawEnd[count] = i + 1;
      continue;
    }
    if (wordCodes[code] === 1) {
      if (!inWord) {
        inWord = true;
        codeStart[count] = codeLength;
        rawStart[count] = i;
        joined[count] = (gap === GAP_SPACE || gap === GAP_HYPHEN) && count > 0 ? 1 : 0;
        allCapitals = true;
      }
      if (rawCode < 0x41 || rawCode > 0x5a) allCapitals = false;
      codes[codeLength++] = code;
      lastRaw = rawCode;
      rawEnd[count] = i + 1;
    } else {
      if (inWord) {
        endsInTaMarbuta[count] = lastRaw === 0x0629 ? 1 : 0;
        capitals[count] = allCapitals ? 1 : 0;
        count++;
        inWord = false;
        gap = GAP_NONE;
      }
      if (QUOTATION_MARKS.has(rawCode) && gap !== GAP_HYPHEN) continue;
      if (code === space) gap = gap === GAP_NONE || gap === GAP_SPACE ? GAP_SPACE : GAP_BROKEN;
      else if (gap === GAP_NONE && (HYPHENS.has(code) || rawCode === APOSTROPHE || rawCode === CURLY_APOSTROPHE)) gap = GAP_HYPHEN;
      else gap = GAP_BROKEN;
    }
  }
  if (inWord) {
    endsInTaMarbuta[count] = lastRaw === 0x0629 ? 1 : 0;
    capitals[count] = allCapitals ? 1 : 0;
    count++;
  }
  codeStart[count] = codeLength;
  return { count, codes, codeStart, rawStart, rawEnd, joined, endsInTaMarbuta, capitals };
}

/**
 * The normalized text of one word.
 *
 * @param tokens the result of {@link tokenize}
 * @param index the word's index, from 0 to `tokens.count - 1`
 */
export function tokenText(tokens: Tokens, index: number): string {
  const from = tokens.codeStart[index] ?? 0;
  const to = tokens.codeStart[index + 1] ?? from;
  return String.fromCharCode.apply(null, tokens.codes.subarray(from, to) as unknown as number[]);
}

/**
 * Whether a word's normalized text is exactly `word`, without building a string.
 *
 * @param tokens the result of {@link tokenize}
 * @param index the word's index
 * @param word a normalized word
 */
export function tokenEquals(tokens: Tokens, index: number, word: string): boolean {
  const from = tokens.codeStart[index] ?? 0;
  const to = tokens.codeStart[index + 1] ?? from;
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (tokens.codes[from + i] !== word.charCodeAt(i)) return false;
  return true;
}
