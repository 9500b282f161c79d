/**
 * Normalization for matching only: the displayed text is never altered.
 *
 * Every UTF-16 code unit is mapped once, through a table, to one of: a normalized
 * character, a separator, or nothing (diacritics, tatweel, invisible marks).
 *
 * The table picks by script, so an article's language needs no switch: Arabic letters get the
 * Arabic folds (hamza seats, alef maqsura, ta marbuta…), Latin letters lose their capitals, and
 * a line that mixes the two gets each its own. The clitic rules (lib/engine/match.ts) are
 * Arabic letters, so they never touch an English word.
 */

/** Code returned by {@link normalizeCode} for characters that vanish (diacritics, tatweel). */
export const DROPPED = 0;
/** Code returned by {@link normalizeCode} for every kind of white space, `_` and `#`. */
export const SPACE = 0x20;
/** Code returned by {@link normalizeCode} for every kind of quotation mark. */
export const QUOTE = 0x22;

/** Every UTF-16 code unit's matching form: see {@link normalizeCode}. */
export const NORMALIZATION_TABLE: Readonly<Uint16Array> = buildTable();
const TABLE = NORMALIZATION_TABLE;

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  const set = (codes: readonly number[], to: number) => {
    for (const code of codes) table[code] = to;
  };
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);

  // Harakat, tanween, shadda, sukun, superscript alef, Quranic marks and tatweel vanish.
  set([...range(0x064b, 0x065f), 0x0670, 0x0640, ...range(0x06d6, 0x06ed)], DROPPED);
  // Invisible format characters that writers and CMSs sprinkle inside words.
  set([0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)], DROPPED);
  // Alef with hamza above or below, madda, wasla, wavy hamza → bare alef.
  set([0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673, 0x0675], 0x0627);
  // Alef maqsura (Egyptian final yaa) and Farsi yeh → yaa; hamza on yaa seat → yaa.
  set([0x0649, 0x06cc, 0x0626], 0x064a);
  // Hamza on waw seat → waw.
  set([0x0624], 0x0648);
  // Ta marbuta → ha (it only stands at the end of a word).
  set([0x0629], 0x0647);
  // Keheh → kaf.
  set([0x06a9], 0x0643);
  // Arabic-Indic and Eastern Arabic-Indic digits → ASCII.
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 0x30 + d;
    table[0x06f0 + d] = 0x30 + d;
  }
  // Every quotation mark folds into one.
  set([0x22, 0x27, 0x201c, 0x201d, 0x201e, 0x201f, 0x2018, 0x2019, 0x201a, 0x201b, 0xab, 0xbb, 0x2039, 0x203a, 0x300c, 0x300d], QUOTE);
  // Arabic comma, thousands separator, semicolon, question mark → ASCII.
  set([0x060c, 0x066c], 0x2c);
  set([0x061b], 0x3b);
  set([0x061f], 0x3f);
  // White space of every kind, underscores and hashes separate words (hashtags: #الجيش_الليبي).
  set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x5f, 0x23], SPACE);
  // Latin capitals → small letters, so English text matches case-insensitively.
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) table[c] = c + 0x20;
  return table;
}

/**
 * Map one UTF-16 code unit to its matching form.
 *
 * @param code a UTF-16 code unit of the raw text
 * @returns the normalized code unit, {@link DROPPED} when the character vanishes,
 *   {@link SPACE} for white space, {@link QUOTE} for any quotation mark
 */
export function normalizeCode(code: number): number {
  return TABLE[code] ?? code;
}

/** 1 for every normalized code unit that belongs inside a word: see {@link isWordCode}. */
export const WORD_CODES: Readonly<Uint8Array> = Uint8Array.from({ length: 0x10000 }, (_, code) => (isWordCode(code) ? 1 : 0));

/**
 * Whether a normalized code unit belongs inside a word: Arabic and Latin letters and digits.
 *
 * @param code a code unit returned by {@link normalizeCode}
 */
export function isWordCode(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xdf && code <= 0x24f && code !== 0xf7)
  );
}

/** Normalized text with a map from each of its code units back to the raw text. */
export interface NormalizedText {
  /** The text folded for matching: see {@link normalizeCode}; runs of white space become one space. */
  text: string;
  /**
   * `toRaw[i]` is the raw offset of normalized code unit `i`; `toRaw[text.length]` is the raw
   * length, so a normalized range `[a, b)` maps to the raw range `[toRaw[a], toRaw[b - 1] + 1)`.
   */
  toRaw: Int32Array;
}

/**
 * Normalize a text for matching and keep, for every code unit, where it came from.
 *
 * @param raw the text as read (never altered)
 * @returns the normalized text and its map back to raw offsets; leading and trailing
 *   white space are kept as one space each, so every raw word keeps its place
 */
export function normalize(raw: string): NormalizedText {
  const codes = new Uint16Array(raw.length);
  const toRaw = new Int32Array(raw.length + 1);
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = normalizeCode(raw.charCodeAt(i));
    if (code === DROPPED) continue;
    if (code === SPACE && length > 0 && codes[length - 1] === SPACE) continue;
    codes[length] = code;
    toRaw[length] = i;
    length++;
  }
  toRaw[length] = raw.length;
  return { text: decodeCodes(codes, length), toRaw: toRaw.slice(0, length + 1) };
}

/**
 * Normalize a short phrase (a lexicon form, a search query) to the words it is matched by.
 *
 * @param phrase any text
 * @returns its normalized words joined by single spaces, punctuation and quotes removed
 *   (`"أَلْجَيْشُ  الوطنى"` → `"الجيش الوطني"`); empty when the phrase has no word
 */
export function normalizeWords(phrase: string): string {
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < phrase.length; i++) {
    const code = normalizeCode(phrase.charCodeAt(i));
    if (code === DROPPED) continue;
    if (isWordCode(code)) {
      word += String.fromCharCode(code);
    } else if (word) {
      words.push(word);
      word = "";
    }
  }
  if (word) words.push(word);
  return words.join(" ");
}

const CHUNK = 8192;

function decodeCodes(codes: Uint16Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
