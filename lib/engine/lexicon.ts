import { expandForm, FormSyntaxError } from "./forms";
import { normalizeWords } from "./normalize";
import type { LexiconTerm } from "./types";

/**
 * A lexicon compiled for one-pass matching: a character trie of every word the lexicon's
 * forms use, and a word trie of the forms themselves.
 *
 * The character trie, read once for every letter of the text, is stored as flat arrays: a
 * dense row of children for the root and every node with many children (most words fail at
 * their first letters, where the trie branches most) and, for every other node, its few
 * children side by side, scanned in order. The word trie, read once per word that is
 * a lexicon word, is a `Map` keyed by `node * width + wordId`.
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
  /** @internal per node: its row in `denseChild` when it has many children, or -1. */
  denseRow: Int32Array;
  /** @internal dense rows (`charWidth` wide) of child nodes for branchy nodes, the root first; 0 for none. */
  denseChild: Int32Array;
  /** @internal children of node `n` are entries `childStart[n] … childStart[n + 1] - 1`. */
  childStart: Int32Array;
  /** @internal symbol of each child entry. */
  childSymbol: Uint16Array;
  /** @internal node of each child entry. */
  childNode: Int32Array;
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
  /** @internal per entry that refers back: antecedent actor → entry index, and the head nouns of its forms. */
  shortForms: readonly (ShortFormRule | null)[];
}

/** How one short form refers back: which earlier actors it can mean, and the nouns that head it. */
export interface ShortFormRule {
  /** The antecedent's actor → index of the entry whose actor, category and stance the short form takes. */
  targets: ReadonlyMap<string, number>;
  /** Normalized head nouns of its forms, article and pronoun stripped (مجلس, قوات, group). */
  heads: ReadonlySet<string>;
}

/**
 * Compile lexicon entries for `findWordMatches` and `analyze`.
 *
 * @param entries the case study's lexicon; every form is expanded (`expandForm`: optional slots,
 *   paradigms, spelling variants), and each phrase it generates normalized and split into words
 * @returns the compiled lexicon
 * @throws Error naming the entry and form when a form's syntax cannot be read, when a form has no
 *   word, or when two entries share a form after expansion and normalization (the match would be
 *   ambiguous); naming the entry when it refers back to an entry id the lexicon lacks
 */
export function compileLexicon(entries: readonly LexiconTerm[]): CompiledLexicon {
  const symbolOf = new Uint16Array(0x10000);
  let symbols = 0;
  const words = new Map<string, number>();
  const forms: { words: number[]; entry: number }[] = [];
  const owner = new Map<string, number>();

  entries.forEach((entry, entryIndex) => {
    for (const form of entry.forms) {
      let generated: string[];
      try {
        generated = expandForm(form);
      } catch (error) {
        if (error instanceof FormSyntaxError) throw new Error(`lexicon entry "${entry.id}": ${error.message}`);
        throw error;
      }
      for (const phrase of generated) addForm(entry, entryIndex, form, phrase);
    }
  });

  function addForm(entry: LexiconTerm, entryIndex: number, form: string, phrase: string) {
    const normalized = normalizeWords(phrase);
    const as = phrase === form ? `form "${form}"` : `form "${form}" (generating "${phrase}")`;
    if (!normalized) {
      throw new Error(`lexicon entry "${entry.id}": ${as} has no letters or digits to match`);
    }
    const previous = owner.get(normalized);
    if (previous !== undefined && previous !== entryIndex) {
      throw new Error(
        `lexicon entry "${entry.id}": ${as} is also a form of entry "${entries[previous]?.id}" once normalized ("${normalized}")`,
      );
    }
    if (previous !== undefined) return;
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
  const { denseRow, denseChild, childStart, childSymbol, childNode } = flattenCharTrie(charChild, charWidth, wordAtList.length);

  return {
    entries,
    formCount: forms.length,
    symbolOf,
    charWidth,
    denseRow,
    denseChild,
    childStart,
    childSymbol,
    childNode,
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
    shortForms: entries.map((entry) => compileShortForm(entry, entries)),
  };
}

/** Arabic pronoun suffixes a short form's last word may be written with (قواته، قواتهم). */
const PRONOUN_SUFFIX = /(?:ه|ها|هم|هما|هن)$/u;
/** English determiners and possessives before a short form's head (the group, his forces). */
const ENGLISH_DETERMINERS = new Set(["the", "his", "its", "their", "her"]);

function compileShortForm(entry: LexiconTerm, entries: readonly LexiconTerm[]): ShortFormRule | null {
  if (!entry.refersBack) return null;
  const targets = new Map<string, number>();
  for (const [actor, id] of Object.entries(entry.refersBack)) {
    const index = entries.findIndex((e) => e.id === id);
    if (index < 0) throw new Error(`lexicon entry "${entry.id}": refers back to entry "${id}", which the lexicon lacks`);
    targets.set(actor, index);
  }
  const heads = new Set<string>();
  for (const form of entry.forms) {
    for (const phrase of expandForm(form)) {
      const last = phrase.trim().split(/\s+/u).filter((w) => !ENGLISH_DETERMINERS.has(w.toLowerCase())).pop();
      if (!last) continue;
      // A written ة is a ta marbuta, never the pronoun ه: القوة keeps it, قواته drops the ه.
      const bare = last.replace(/^ال/u, "");
      const head = normalizeWords(bare.length > 3 && !bare.endsWith("ة") ? bare.replace(PRONOUN_SUFFIX, "") : bare);
      if (head) heads.add(head);
    }
  }
  return { targets, heads };
}

/** Nodes with at least this many children get a dense row (a lookup instead of a scan). */
const DENSE_FROM = 6;

/** Lay the character trie's edges out as arrays: dense rows for branchy nodes, the rest per node. */
function flattenCharTrie(edges: Map<number, number>, width: number, nodes: number) {
  const counts = new Int32Array(nodes);
  for (const key of edges.keys()) {
    const node = Math.floor(key / width);
    counts[node] = (counts[node] ?? 0) + 1;
  }
  const denseRow = new Int32Array(nodes).fill(-1);
  let rows = 0;
  for (let n = 0; n < nodes; n++) if (n === 0 || (counts[n] ?? 0) >= DENSE_FROM) denseRow[n] = rows++;
  const denseChild = new Int32Array(rows * width);
  const childStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) childStart[n + 1] = (childStart[n] ?? 0) + (counts[n] ?? 0);
  const childSymbol = new Uint16Array(edges.size);
  const childNode = new Int32Array(edges.size);
  const filled = childStart.slice(0, nodes);
  for (const [key, child] of edges) {
    const node = Math.floor(key / width);
    const symbol = key - node * width;
    const row = denseRow[node] ?? -1;
    if (row >= 0) denseChild[row * width + symbol] = child;
    const at = filled[node] ?? 0;
    childSymbol[at] = symbol;
    childNode[at] = child;
    filled[node] = at + 1;
  }
  return { denseRow, denseChild, childStart, childSymbol, childNode };
}
