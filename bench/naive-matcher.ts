import { expandForms, normalize, normalizeWords, type LexiconTerm } from "../lib/engine";

/** One lexicon form as a regular expression over normalized text. */
export interface NaivePattern {
  /** Index of the form's entry in the lexicon. */
  entry: number;
  pattern: RegExp;
}

/** A match of a {@link NaivePattern}, in normalized offsets. */
export interface NaiveMatch {
  index: number;
  length: number;
  entry: number;
}

const NOT_AFTER_LETTER = "(?<![\\u0621-\\u064a])";
const NOT_BEFORE_LETTER = "(?![\\u0621-\\u064a])";
/** و ف, then ب ل ك, then the article: the proclitics the engine strips from a form's first word. */
const PROCLITICS = "(?:[وف]?[بلك]?(?:ال)?)";

/**
 * The baseline the engine is measured against: the obvious way to find lexicon terms, one
 * regular expression per distinct normalized form, its words joined by `\s+`, an optional
 * proclitic group in front and Arabic word boundaries around it.
 *
 * @param entries the lexicon
 * @returns one pattern per distinct form
 */
export function compileNaivePatterns(entries: readonly LexiconTerm[]): NaivePattern[] {
  const seen = new Set<string>();
  const patterns: NaivePattern[] = [];
  entries.forEach((term, entry) => {
    for (const form of expandForms(term.forms)) {
      const normalized = normalizeWords(form);
      if (!normalized || seen.has(normalized)) continue;
      seen.add(normalized);
      const words = normalized.split(" ").map(escapeRegExp).join("\\s+");
      patterns.push({ entry, pattern: new RegExp(`${NOT_AFTER_LETTER}${PROCLITICS}${words}${NOT_BEFORE_LETTER}`, "g") });
    }
  });
  return patterns;
}

/**
 * Normalize a text once, then run every pattern over the whole of it.
 *
 * @param raw the text as read
 * @param patterns from {@link compileNaivePatterns}
 * @returns every match of every pattern, pattern by pattern (overlaps are not resolved)
 */
export function findNaiveMatches(raw: string, patterns: readonly NaivePattern[]): NaiveMatch[] {
  const { text } = normalize(raw);
  const matches: NaiveMatch[] = [];
  for (const { entry, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      matches.push({ index: match.index, length: match[0].length, entry });
    }
  }
  return matches;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
