import type { Analysis } from "./analyze";
import type { Mention } from "./types";

/** Counts of the mentions in one article, or in several added up. */
export interface FramingCounts {
  /** Body words. */
  words: number;
  /** Framing mentions counted (page chrome and plain names excluded). */
  mentions: number;
  /** Mentions per framing category. */
  byCategory: Record<string, number>;
  /** Actor-label mentions per actor they refer to, then per stance. */
  byActor: Record<string, { legitimizing: number; neutral: number; delegitimizing: number }>;
}

/**
 * Count an article's mentions per category and per actor × stance. Mentions in page
 * chrome are left out (they are kept for the reader, never counted), and so are plain names
 * (no category), which name an actor without framing it.
 *
 * @param analysis the result of `analyze` (only `words` and `mentions` are read)
 * @returns the counts
 */
export function countMentions(analysis: Pick<Analysis, "words" | "mentions">): FramingCounts {
  const counts: FramingCounts = { words: analysis.words, mentions: 0, byCategory: {}, byActor: {} };
  for (const mention of analysis.mentions) addMention(counts, mention);
  return counts;
}

function addMention(counts: FramingCounts, mention: Mention) {
  // A plain name (no category) names its actor but frames nothing: it is never counted as framing.
  if (mention.chrome || mention.category === null) return;
  counts.mentions++;
  counts.byCategory[mention.category] = (counts.byCategory[mention.category] ?? 0) + 1;
  // Keyed by whom the label refers to (the same as what it names unless the case study says otherwise).
  if (mention.referent && mention.stance) {
    const stances = (counts.byActor[mention.referent] ??= { legitimizing: 0, neutral: 0, delegitimizing: 0 });
    stances[mention.stance]++;
  }
}

/**
 * Add up the counts of several articles, e.g. all of one outlet's.
 *
 * @param parts the counts to add
 * @returns their sum (all zero for an empty list)
 */
export function sumCounts(parts: readonly FramingCounts[]): FramingCounts {
  const total: FramingCounts = { words: 0, mentions: 0, byCategory: {}, byActor: {} };
  for (const part of parts) {
    total.words += part.words;
    total.mentions += part.mentions;
    for (const [category, n] of Object.entries(part.byCategory)) total.byCategory[category] = (total.byCategory[category] ?? 0) + n;
    for (const [actor, stances] of Object.entries(part.byActor)) {
      const sum = (total.byActor[actor] ??= { legitimizing: 0, neutral: 0, delegitimizing: 0 });
      sum.legitimizing += stances.legitimizing;
      sum.neutral += stances.neutral;
      sum.delegitimizing += stances.delegitimizing;
    }
  }
  return total;
}

/**
 * Mentions per 1,000 body words, per category: the rate that makes long and short
 * articles comparable.
 *
 * @param counts counts of an article or an outlet
 * @returns per category, mentions × 1000 / words, rounded to one decimal; all 0 when there are no words
 */
export function ratePer1000Words(counts: FramingCounts): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const [category, n] of Object.entries(counts.byCategory)) {
    rates[category] = counts.words === 0 ? 0 : Math.round((n * 10000) / counts.words) / 10;
  }
  return rates;
}
