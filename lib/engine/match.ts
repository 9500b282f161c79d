import { isAcronymInSmallLetters } from "./acronyms";
import type { CompiledLexicon } from "./lexicon";
import { tokenText, type Tokens } from "./tokenize";

/** A lexicon entry found over words `firstWord … lastWord` (inclusive) of a text. */
export interface WordMatch {
  firstWord: number;
  lastWord: number;
  /** Index into `lexicon.entries`. */
  entry: number;
}

/** A match whose actor its context changed (a terrorism adjective right after a name takes the name's actor). */
export interface ReadMatch extends WordMatch {
  /** The actor it names instead of its entry's; absent: its entry's. */
  actor?: string | null;
}

/**
 * The actor a match names: the one its context gave it, or else its entry's.
 *
 * @param lexicon the compiled lexicon the match indexes into
 * @param match the match
 * @returns the actor id, or null for none
 */
export function matchActor(lexicon: CompiledLexicon, match: ReadMatch): string | null {
  return match.actor !== undefined ? match.actor : (lexicon.entries[match.entry]?.actor ?? null);
}

const WAW = 0x0648;
const FAA = 0x0641;
const BAA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;
const TAA = 0x062a;
const HAA = 0x0647;
const MEEM = 0x0645;
const NOON = 0x0646;

/** A stem must keep at least this many letters once clitics are stripped. */
const MIN_STEM = 2;

const PROCLITIC = 1;
const ENCLITIC = 2;

/**
 * Find every lexicon entry in a text's words: one pass over the words, each word looked up
 * in the lexicon's character trie with its clitics stripped, then a walk of the word trie
 * from each word. Cost grows with the text's length, not with the lexicon's size.
 *
 * Clitic rules (Arabic):
 * - the first word of a form may carry the proclitics و ف, then ب ل ك, then the article ال;
 *   ل before ال elides its alef (للجيش = ل + الجيش);
 * - the last word of a form may carry a pronoun suffix (ه ها هم هما هن كم كما نا), and a
 *   ta marbuta written ت before it (قيادته → قيادة); a ة is never read as the suffix ه;
 * - the words of a multi-word form may be separated by any white space, line breaks included,
 *   but not by punctuation.
 * Where matches overlap, the longest wins (then the earliest).
 *
 * @param tokens the text's words, from `tokenize`
 * @param lexicon the compiled lexicon
 * @returns the chosen matches, in text order
 */
export function findWordMatches(tokens: Tokens, lexicon: CompiledLexicon): WordMatch[] {
  const variants = collectVariants(tokens, lexicon);
  const { wordChild, wordWidth, entryAt } = lexicon;
  const { count, joined } = tokens;
  const found: WordMatch[] = [];

  for (let first = 0; first < count; first++) {
    const from = variants.start[first] ?? 0;
    const to = variants.start[first + 1] ?? 0;
    for (let v = from; v < to; v++) {
      let node = wordChild.get((variants.word[v] ?? 0));
      if (node === undefined) continue;
      pushIfEntry(node, first, first);
      if ((variants.flags[v] ?? 0) & ENCLITIC) continue;
      // Follow the word trie through the next words while only white space separates them.
      for (let next = first + 1; next < count && joined[next] === 1; next++) {
        const nextFrom = variants.start[next] ?? 0;
        const nextTo = variants.start[next + 1] ?? 0;
        let exact = -1;
        for (let w = nextFrom; w < nextTo; w++) {
          const flags = variants.flags[w] ?? 0;
          const word = variants.word[w] ?? 0;
          if (flags === 0) exact = word;
          else if (flags === ENCLITIC) {
            const last = wordChild.get(node * wordWidth + word);
            if (last !== undefined) pushIfEntry(last, first, next);
          }
        }
        if (exact < 0) break;
        const child = wordChild.get(node * wordWidth + exact);
        if (child === undefined) break;
        node = child;
        pushIfEntry(node, first, next);
      }
    }
  }
  return chooseLongest(found, tokens);

  function pushIfEntry(node: number, firstWord: number, lastWord: number) {
    const entry = entryAt[node] ?? -1;
    if (
      entry >= 0 &&
      !isExcepted(tokens, lexicon, entry, firstWord, lastWord) &&
      !isAcronymInSmallLetters(tokens, lexicon, entry, firstWord, lastWord)
    ) {
      found.push({ firstWord, lastWord, entry });
    }
  }
}

interface Variants {
  /** Variants of word `i` are `start[i] … start[i + 1] - 1`. */
  start: Int32Array;
  /** Lexicon word id of each variant. */
  word: Int32Array;
  /** PROCLITIC and/or ENCLITIC when that clitic was stripped; 0 for the word as written. */
  flags: Uint8Array;
}

/** Every reading of every word that is a lexicon word: as written, and with clitics stripped. */
function collectVariants(tokens: Tokens, lexicon: CompiledLexicon): Variants {
  const { codes, codeStart, endsInTaMarbuta, count } = tokens;
  const { symbolOf, denseRow, denseChild, charWidth, childStart, childSymbol, childNode, wordAt, articleNode } = lexicon;
  /** The child of `node` for `symbol`, or 0 (no node has the root as a child). */
  const step = (node: number, symbol: number): number => {
    const row = denseRow[node] ?? -1;
    if (row >= 0) return denseChild[row * charWidth + symbol] ?? 0;
    const end = childStart[node + 1] ?? 0;
    for (let e = childStart[node] ?? 0; e < end; e++) if (childSymbol[e] === symbol) return childNode[e] ?? 0;
    return 0;
  };
  const start = new Int32Array(count + 1);
  // Typed arrays, grown by doubling: most words are no lexicon word, a few have several readings.
  let word = new Int32Array(Math.max(16, count >> 2));
  let flags = new Uint8Array(word.length);
  let size = 0;
  const emit = (id: number, withFlags: number) => {
    if (size === word.length) {
      const grownWord = new Int32Array(size * 2);
      grownWord.set(word);
      word = grownWord;
      const grownFlags = new Uint8Array(size * 2);
      grownFlags.set(flags);
      flags = grownFlags;
    }
    word[size] = id;
    flags[size] = withFlags;
    size++;
  };

  // The word being read; `walk` reads them (kept outside the loop, so no closure per word).
  let end = 0;
  let taMarbuta = false;
  const ha = symbolOf[HAA] ?? 0;

  /** Walk the character trie from `node` over codes `pos … end - 1`, reporting words. */
  const walk = (pos: number, node: number, withFlags: number) => {
    const stemStart = node === articleNode && node !== 0 ? pos - 2 : pos;
    for (let q = pos; q < end; q++) {
      if (q - stemStart >= MIN_STEM) {
        const here = wordAt[node] ?? -1;
        // A final ة normalizes to ه, but it is no pronoun.
        if (here >= 0 && suffixLength(codes, q, end) > 0 && !(taMarbuta && q === end - 1)) emit(here, withFlags | ENCLITIC);
        // قيادته: the ta marbuta of قيادة is written ت before a pronoun.
        if (codes[q] === TAA && ha !== 0 && suffixLength(codes, q + 1, end) > 0) {
          const tied = step(node, ha);
          const tiedWord = tied === 0 ? -1 : (wordAt[tied] ?? -1);
          if (tiedWord >= 0) emit(tiedWord, withFlags | ENCLITIC);
        }
      }
      const symbol = symbolOf[codes[q] ?? 0] ?? 0;
      if (symbol === 0) return;
      const child = step(node, symbol);
      if (child === 0) return;
      node = child;
    }
    const here = wordAt[node] ?? -1;
    if (here >= 0) emit(here, withFlags);
  };

  for (let t = 0; t < count; t++) {
    start[t] = size;
    const from = codeStart[t] ?? 0;
    end = codeStart[t + 1] ?? from;
    taMarbuta = endsInTaMarbuta[t] === 1;

    walk(from, 0, 0);
    const first = codes[from];
    let base = from;
    if ((first === WAW || first === FAA) && end - from - 1 >= MIN_STEM) {
      base = from + 1;
      walk(base, 0, PROCLITIC);
    }
    // The article, alone or after a conjunction.
    for (let at = from; at <= base; at++) {
      if (codes[at] === ALEF && codes[at + 1] === LAM && end - at - 2 >= MIN_STEM) walk(at + 2, 0, PROCLITIC);
    }
    // A preposition, after an optional conjunction, then an optional article.
    for (let at = from; at <= base; at++) {
      const preposition = codes[at];
      if (preposition !== BAA && preposition !== LAM && preposition !== KAF) continue;
      const rest = at + 1;
      if (end - rest < MIN_STEM) continue;
      walk(rest, 0, PROCLITIC);
      if (codes[rest] === ALEF && codes[rest + 1] === LAM && end - rest - 2 >= MIN_STEM) walk(rest + 2, 0, PROCLITIC);
      if (preposition === LAM && codes[rest] === LAM && end - rest - 1 >= MIN_STEM) {
        if (articleNode >= 0) walk(rest + 1, articleNode, PROCLITIC);
        walk(rest + 1, 0, PROCLITIC);
      }
    }
  }
  start[count] = size;
  return { start, word, flags };
}

/**
 * Length of the pronoun suffix that makes up codes `q … end - 1` exactly, or 0.
 * Suffixes: ه ها هم هما هن كم كما نا.
 */
function suffixLength(codes: Uint16Array, q: number, end: number): number {
  const length = end - q;
  const a = codes[q];
  const b = codes[q + 1];
  const c = codes[q + 2];
  if (length === 1) return a === HAA ? 1 : 0;
  if (length === 2) {
    if (a === HAA && (b === ALEF || b === MEEM || b === NOON)) return 2;
    if (a === KAF && b === MEEM) return 2;
    if (a === NOON && b === ALEF) return 2;
    return 0;
  }
  if (length === 3 && (a === HAA || a === KAF) && b === MEEM && c === ALEF) return 3;
  return 0;
}

/** Whether an entry's context rule (a false friend) rules out this match. */
function isExcepted(tokens: Tokens, lexicon: CompiledLexicon, entry: number, firstWord: number, lastWord: number): boolean {
  const rules = lexicon.exceptions[entry];
  if (!rules) return false;
  for (const phrase of rules.before) {
    const at = firstWord - phrase.length;
    if (at < 0) continue;
    if (phrase.every((word, k) => tokens.joined[at + k + 1] === 1 && sameWord(tokenText(tokens, at + k), word, k === 0, false))) {
      return true;
    }
  }
  for (const phrase of rules.after) {
    const at = lastWord + 1;
    if (at + phrase.length > tokens.count) continue;
    if (phrase.every((word, k) => tokens.joined[at + k] === 1 && sameWord(tokenText(tokens, at + k), word, false, k === phrase.length - 1))) {
      return true;
    }
  }
  return false;
}

const PROCLITIC_PREFIXES = new Set(["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]);
const ENCLITIC_SUFFIXES = new Set(["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"]);

function sameWord(text: string, word: string, allowProclitic: boolean, allowEnclitic: boolean): boolean {
  if (text === word) return true;
  if (allowProclitic && text.endsWith(word) && PROCLITIC_PREFIXES.has(text.slice(0, text.length - word.length))) return true;
  if (allowEnclitic && text.startsWith(word) && ENCLITIC_SUFFIXES.has(text.slice(word.length))) return true;
  return false;
}

/**
 * Keep the longest of overlapping matches (then the earliest); return them in text order.
 *
 * `found` comes in order of first word, so overlapping matches form runs; only a run with
 * more than one match needs ranking, which keeps the whole step linear in practice.
 */
function chooseLongest(found: WordMatch[], tokens: Tokens): WordMatch[] {
  const chosen: WordMatch[] = [];
  let runStart = 0;
  let runEnd = -1;
  for (let i = 0; i <= found.length; i++) {
    const match = found[i];
    if (match && match.firstWord <= runEnd) {
      runEnd = Math.max(runEnd, match.lastWord);
      continue;
    }
    if (i - runStart === 1) chosen.push(found[runStart] as WordMatch);
    else if (i - runStart > 1) chosen.push(...rankRun(found.slice(runStart, i), tokens));
    runStart = i;
    runEnd = match ? match.lastWord : -1;
  }
  return chosen;
}

/** Among overlapping matches, take the longest, then the longest of those left, and so on. */
function rankRun(run: WordMatch[], tokens: Tokens): WordMatch[] {
  const length = (m: WordMatch) => (tokens.rawEnd[m.lastWord] ?? 0) - (tokens.rawStart[m.firstWord] ?? 0);
  const ranked = run.sort((a, b) => length(b) - length(a) || a.firstWord - b.firstWord || a.entry - b.entry);
  const chosen: WordMatch[] = [];
  for (const match of ranked) {
    if (chosen.some((c) => c.firstWord <= match.lastWord && match.firstWord <= c.lastWord)) continue;
    chosen.push(match);
  }
  return chosen.sort((a, b) => a.firstWord - b.firstWord);
}
