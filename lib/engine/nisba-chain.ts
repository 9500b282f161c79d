import type { CompiledLexicon } from "./lexicon";
import type { ReadMatch } from "./match";
import { expandForms } from "./forms";
import { foreignNisbaRoot } from "./nationalities";
import { normalizeWords } from "./normalize";
import { tokenText, type Tokens } from "./tokenize";

/** The category whose labels a chain of nationality adjectives extends (غطاء جوي مصري إماراتي فرنسي). */
const INVOLVEMENT = "foreign-involvement";
/** What may stand between two adjectives of one chain: white space, a comma, a conjunction written alone. */
const BETWEEN_ADJECTIVES = /^[\s،,]*(?:و\s+)?$/u;
/** Backing, normalized: دعم مصري is the generic involvement a chain's other countries are filed under. */
const BACKING = "دعم";
/** The conjunction written on an adjective (وفرنسي) and the article it may carry after it. */
const CONJUNCTION = /^و/u;

/**
 * Extend a foreign-involvement label over the other countries' adjectives that follow it: in
 * غطاء جوي مصري إماراتي فرنسي, دعم مصري وإماراتي وتركي the head (air cover, support) governs
 * every adjective, so each country named is involved too. A later adjective that starts no match
 * of its own becomes a mention of that country's involvement, under the lexicon's entry for it
 * (the foreign-involvement entry with a form that ends in the same adjective: دعم فرنسي for
 * فرنسي); one the lexicon already matched (إماراتي) stays as it is and carries the chain on.
 *
 * The chain runs only from a label whose last word is such an adjective, over adjectives with
 * nothing but a space, a comma or "و" between them; it stops at the first other word. A country
 * the lexicon has no involvement entry for ends it too: it names nothing the case can count.
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches, with a match for each adjective a chain extends over
 */
export function extendNisbaChains(raw: string, tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): ReadMatch[] {
  const entries = involvementByAdjective(lexicon);
  const out: ReadMatch[] = [];
  for (const [i, match] of matches.entries()) {
    out.push(match);
    const term = lexicon.entries[match.entry];
    if (term?.category !== INVOLVEMENT || adjectiveRoot(tokenText(tokens, match.lastWord)) === undefined) continue;
    // Only over words no match starts at (up to the next match, which carries the chain on by itself).
    const stop = (matches[i + 1] as ReadMatch | undefined)?.firstWord ?? tokens.count;
    for (let w = match.lastWord + 1; w < stop; w++) {
      if (!BETWEEN_ADJECTIVES.test(raw.slice(tokens.rawEnd[w - 1] ?? 0, tokens.rawStart[w] ?? 0))) break;
      const word = tokenText(tokens, w);
      if (word === "و") continue;
      const root = adjectiveRoot(word);
      const entry = root === undefined ? undefined : entries.get(root);
      if (entry === undefined) break;
      out.push({ firstWord: w, lastWord: w, entry });
    }
  }
  return out;
}

/** The country adjective a word is a form of, a conjunction on it aside (وإماراتي). */
function adjectiveRoot(word: string): string | undefined {
  return foreignNisbaRoot(word) ?? foreignNisbaRoot(word.replace(CONJUNCTION, ""));
}

const byLexicon = new WeakMap<CompiledLexicon, ReadonlyMap<string, number>>();

/**
 * Each country adjective (مصري) with the foreign-involvement entry a chain files it under: the
 * entry for the bare adjective (إماراتي) if there is one, else the one for backing (دعم مصري),
 * else the first with a form that ends in the adjective.
 */
function involvementByAdjective(lexicon: CompiledLexicon): ReadonlyMap<string, number> {
  let map = byLexicon.get(lexicon);
  if (!map) {
    const best = new Map<string, { entry: number; rank: number }>();
    lexicon.entries.forEach((term, entry) => {
      if (term.category !== INVOLVEMENT) return;
      for (const form of expandForms(term.forms)) {
        const words = normalizeWords(form).split(" ");
        const root = foreignNisbaRoot(words[words.length - 1] as string);
        if (root === undefined) continue;
        const rank = words.length === 1 ? 0 : words.length === 2 && words[0] === BACKING ? 1 : 2;
        if (rank < (best.get(root)?.rank ?? Infinity)) best.set(root, { entry, rank });
      }
    });
    map = new Map([...best].map(([root, { entry }]) => [root, entry]));
    byLexicon.set(lexicon, map);
  }
  return map;
}
