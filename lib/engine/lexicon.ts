import { normalizeWords } from "./normalize";
import type { LexiconTerm } from "./types";

/**
 * A lexicon compiled for one-pass matching: a character trie of every word the lexicon's
 * forms use, and a word trie of the forms themselves.
 *
 * Both tries are flat: a child is found under the key `node * width + symbol` in one `Map`
 * of small integers, which V8 hashes fast and stores compactly.
 */
export interface CompiledLexicon {
  /** The entries, in the order given; a match reports an index into this array. */
  entries: readonly LexiconTerm[];
  /** Number of distinct normalized forms. */
  formCount: number;
  /** @internal character → symbol (0: a character no lexicon word contains). */
  symbolOf: Uint16Array;
  /** @internal symbols + 1. */
  charWidth: number;
  /** @internal `node * charWidth + symbol` → child node of the character trie (root 0). */
  charChild: Map<number, number>;
  /** @internal word id ending at each character-trie node, or -1. */
  wordAt: Int32Array;
  /** @internal character-trie node reached by the two letters ال from the root, or -1. */
  articleNode: number;
  /** @internal word ids + 1. */
  wordWidth: number;
  /** @internal `node * wordWidth + wordId` → child node of the word trie (root 0). */
  wordChild: Map<number, number>;
  /** @internal entry index ending at each word-trie node, or -1. */
  entryAt: Int32Array;
  /** @internal per entry: normalized words of its `except.before` / `except.after` phrases. */
  exceptions: readonly ({ before: string[][]; after: string[][] } | null)[];
}

/**
 * Compile lexicon entries for {@link findMentions}.
 *
 * @param entries the case study's lexicon; every form is normalized and split into words
 * @returns the compiled lexicon
 * @throws Error naming the entry and form when a form has no word, or when two entries
 *   share a form after normalization (the match would be ambiguous)
 */
export function compileLexicon(entries: readonly LexiconTerm[]): CompiledLexicon {
  const symbolOf = new Uint16Array(0x10000);
  let symbols = 0;
  const words = new Map<string, number>();
  const forms: { words: number[]; entry: number }[] = [];
  const owner = new Map<string, number>();

  entries.forEach((entry, entryIndex) => {
    for (const form of entry.forms) {
      const normalized = normalizeWords(form);
      if (!normalized) {
        throw new Error(`lexicon entry "${entry.id}": form "${form}" has no letters or digits to match`);
      }
      const previous = owner.get(normalized);
      if (previous !== undefined && previous !== entryIndex) {
        throw new Error(
          `lexicon entry "${entry.id}": form "${form}" is also a form of entry "${entries[previous]?.id}" once normalized ("${normalized}")`,
        );
      }
      if (previous !== undefined) continue;
      owner.set(normalized, entryIndex);
      const ids = normalized.split(" ").map((word) => {
        let id = words.get(word);
        if (id === undefined) {
          id = words.size;
          words.set(word, id);
          for (let i = 0; i < word.length; i++) {
            const code = word.charCodeAt(i);
            if (symbolOf[code] === 0) symbolOf[code] = ++symbols;
          }
        }
        return id;
      });
      forms.push({ words: ids, entry: entryIndex });
    }
  });

  const charWidth = symbols + 1;
  const charChild = new Map<number, number>();
  const wordAtList: number[] = [-1];
  for (const [word, id] of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const key = node * charWidth + (symbolOf[word.charCodeAt(i)] ?? 0);
      let child = charChild.get(key);
      if (child === undefined) {
        child = wordAtList.length;
        wordAtList.push(-1);
        charChild.set(key, child);
      }
      node = child;
    }
    wordAtList[node] = id;
  }

  const wordWidth = words.size + 1;
  const wordChild = new Map<number, number>();
  const entryAtList: number[] = [-1];
  for (const form of forms) {
    let node = 0;
    for (const id of form.words) {
      const key = node * wordWidth + id;
      let child = wordChild.get(key);
      if (child === undefined) {
        child = entryAtList.length;
        entryAtList.push(-1);
        wordChild.set(key, child);
      }
      node = child;
    }
    entryAtList[node] = form.entry;
  }

  const alef = symbolOf[0x0627] ?? 0;
  const lam = symbolOf[0x0644] ?? 0;
  const afterAlef = alef ? charChild.get(alef) : undefined;
  const articleNode = afterAlef !== undefined && lam ? (charChild.get(afterAlef * charWidth + lam) ?? -1) : -1;

  return {
    entries,
    formCount: forms.length,
    symbolOf,
    charWidth,
    charChild,
    wordAt: Int32Array.from(wordAtList),
    articleNode,
    wordWidth,
    wordChild,
    entryAt: Int32Array.from(entryAtList),
    exceptions: entries.map((entry) =>
      entry.except
        ? {
            before: (entry.except.before ?? []).map((p) => normalizeWords(p).split(" ").filter(Boolean)),
            after: (entry.except.after ?? []).map((p) => normalizeWords(p).split(" ").filter(Boolean)),
          }
        : null,
    ),
  };
}
