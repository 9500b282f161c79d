import type { LexiconEntry } from "@/lib/case-study/schema";
import { expandForms, normalizeWords } from "@/lib/engine";
import type { EvidenceRow } from "./evidence";
import { spellingOf } from "./evidence-query";

/**
 * How a spelling came to match its entry: written as the lexicon lists it; equal to a listed
 * form once normalized (diacritics, alef forms, final ى, ة, hashtags); or with a proclitic or
 * the article in front (و ف ب ل ك، ال، لل), which the engine's clitic rules allow.
 */
export type SpellingMatch = "listed" | "normalized" | "clitic";

/** One way the text wrote a lexicon entry. */
export interface SpellingCount {
  /** As written, white space folded. */
  spelling: string;
  /** Mentions written this way, page chrome included (it is the matching that is checked). */
  count: number;
  /** What the engine compared: the spelling normalized. */
  normalized: string;
  match: SpellingMatch;
}

/** The distinct spellings that matched one lexicon entry. */
export interface EntrySpellings {
  entry: string;
  /** The entry's first form, as the lexicon writes it. */
  form: string;
  gloss: string;
  category: string | null;
  /** All its mentions. */
  total: number;
  /** Most frequent first. */
  spellings: SpellingCount[];
}

/**
 * What normalization merged: for each lexicon entry found in the text, the distinct spellings
 * that matched it and how often, so a reader can check the matching.
 *
 * @param rows evidence rows (every mention, body and chrome)
 * @param lexicon the case study's lexicon, for each entry's listed forms
 * @returns entries with the most distinct spellings first, then the most mentioned; entries
 *   never found are left out
 */
export function summarizeSpellings(rows: readonly EvidenceRow[], lexicon: readonly Pick<LexiconEntry, "id" | "forms">[]): EntrySpellings[] {
  const forms = new Map(lexicon.map((e) => [e.id, e.forms]));
  const entries = new Map<string, { first: EvidenceRow; counts: Map<string, number> }>();
  for (const row of rows) {
    let entry = entries.get(row.entry);
    if (!entry) {
      entry = { first: row, counts: new Map() };
      entries.set(row.entry, entry);
    }
    const spelling = spellingOf(row.form);
    entry.counts.set(spelling, (entry.counts.get(spelling) ?? 0) + 1);
  }
  const summaries = [...entries].map(([id, { first, counts }]): EntrySpellings => {
    // A form written as a pattern (مصر{n}) lists every form it generates.
    const listed = expandForms(forms.get(id) ?? []);
    const listedSpellings = new Set(listed.map(spellingOf));
    const listedNormalized = new Set(listed.map((f) => normalizeWords(f)));
    const spellings = [...counts]
      .map(([spelling, count]): SpellingCount => {
        const normalized = normalizeWords(spelling);
        const match: SpellingMatch = listedSpellings.has(spelling) ? "listed" : listedNormalized.has(normalized) ? "normalized" : "clitic";
        return { spelling, count, normalized, match };
      })
      .sort((a, b) => b.count - a.count || (a.spelling < b.spelling ? -1 : a.spelling > b.spelling ? 1 : 0));
    return {
      entry: id,
      form: listed[0] ?? first.form,
      gloss: first.gloss,
      category: first.category,
      total: spellings.reduce((n, s) => n + s.count, 0),
      spellings,
    };
  });
  return summaries.sort((a, b) => b.spellings.length - a.spellings.length || b.total - a.total || a.entry.localeCompare(b.entry));
}
