import { tokenText, tokenize } from "./tokenize";

/** How {@link countTerms} counts. */
export interface CountTermsOptions {
  /** Normalized words left out, and never part of a two-word phrase. */
  stopwords: ReadonlySet<string>;
  /** Whether to count two-word phrases beside single words. */
  bigrams: boolean;
}

/** A term one group uses more (z > 0) or less (z < 0) than all the other groups pooled. */
export interface DistinctiveTerm {
  /** A normalized word, or two separated by one space. */
  term: string;
  /** Times the group uses it: y_iw. */
  count: number;
  /** Times all the other groups together use it: y_jw. */
  otherCount: number;
  /** δ̂_w: log-odds of the term in the group minus its log-odds in the others, both smoothed by the prior. */
  logOdds: number;
  /** σ²(δ̂_w), the approximate variance of `logOdds`. */
  variance: number;
  /** δ̂_w / σ(δ̂_w). */
  z: number;
}

/** How {@link rankDistinctiveTerms} ranks. */
export interface RankOptions {
  /**
   * Only the informative Dirichlet prior for now (Monroe, Colaresi and Quinn 2008, §3.5):
   * α_w = α0 · y_w / n, the pooled counts of every group scaled to a total of α0.
   */
  prior?: "informative";
  /**
   * Total weight of the prior, α0. Defaults to n, the pooled count of every term, so α_w = y_w:
   * the prior weighs as much as the data whatever the corpus size, where a fixed α0 (say 1000)
   * would drown a pasted article and vanish in a large collection.
   */
  alpha0?: number;
  /** Least number of times the group must use a term for it to be listed. Defaults to 2: once is no habit. */
  minCount?: number;
  /** Most terms listed per group, the highest z first. Defaults to every term. */
  limit?: number;
}

const NUMBER = /^[0-9]+$/;

/**
 * Count the words and, optionally, two-word phrases of some texts, normalized as the matcher
 * sees them.
 *
 * Stopwords and pure numbers are skipped. A two-word phrase is two consecutive words, neither
 * skipped, that only spaces or one hyphen separate on one line: no punctuation, no line
 * break (a headline does not run into the paragraph below), no skipped word between them
 * ("قوات من الجيش" gives no "قوات الجيش").
 *
 * @param texts raw texts, page chrome already left out (pass the body segments)
 * @param options the stopwords and whether to count two-word phrases
 * @returns how many times each term occurs in all the texts; phrases are keyed "word word"
 */
export function countTerms(texts: readonly string[], options: CountTermsOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const text of texts) {
    const tokens = tokenize(text);
    let previous: string | null = null;
    for (let i = 0; i < tokens.count; i++) {
      const word = tokenText(tokens, i);
      if (options.stopwords.has(word) || NUMBER.test(word)) {
        previous = null;
        continue;
      }
      add(word);
      if (options.bigrams && previous !== null && tokens.joined[i] === 1 && !breaksLine(text, tokens.rawEnd[i - 1] ?? 0, tokens.rawStart[i] ?? 0)) {
        add(`${previous} ${word}`);
      }
      previous = word;
    }
  }
  return counts;
}

function breaksLine(text: string, from: number, to: number): boolean {
  const newline = text.indexOf("\n", from);
  return newline >= 0 && newline < to;
}

/**
 * Rank each group's terms by how much more it uses them than all the other groups pooled:
 * the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * eq. 16, 20–22), group i against j = every other group together:
 *
 *   α_w = α0 · y_w / n
 *   δ̂_w = log((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α0 − y_jw − α_w))
 *   σ²(δ̂_w) ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w)
 *   z_w = δ̂_w / σ(δ̂_w)
 *
 * where y_w and n are the counts of the term and of every term in all groups, n_i and n_j
 * the sums of the counts of group i and of the others (words and phrases alike).
 *
 * @param groups each group's term counts, from {@link countTerms}
 * @param options the prior's weight α0 (default: n), the least count (default 2), the most terms (default all)
 * @throws RangeError when `alpha0` is not positive (without a prior, a term one group never uses has log-odds −∞)
 * @returns for every group, its terms used at least `minCount` times, the highest z first
 *   (ties: the higher count, then the term); a positive z is over-use, a negative one under-use;
 *   a group with no terms, or a corpus of one group, gets an empty list
 */
export function rankDistinctiveTerms(
  groups: Readonly<Record<string, ReadonlyMap<string, number>>>,
  options: RankOptions = {},
): Record<string, DistinctiveTerm[]> {
  const pooled = new Map<string, number>();
  const totals: Record<string, number> = {};
  let n = 0;
  for (const [group, counts] of Object.entries(groups)) {
    let total = 0;
    for (const [term, count] of counts) {
      pooled.set(term, (pooled.get(term) ?? 0) + count);
      total += count;
    }
    totals[group] = total;
    n += total;
  }
  const alpha0 = options.alpha0 ?? n;
  if (!(alpha0 > 0) && n > 0) throw new RangeError(`rankDistinctiveTerms: alpha0 must be positive, got ${alpha0}`);
  const minCount = Math.max(1, options.minCount ?? 2);
  const limit = options.limit ?? Infinity;

  const ranked: Record<string, DistinctiveTerm[]> = {};
  for (const [group, counts] of Object.entries(groups)) {
    const terms: DistinctiveTerm[] = [];
    const nI = totals[group] ?? 0;
    const nJ = n - nI;
    // Against nothing, nothing is distinctive.
    if (nJ > 0) {
      for (const [term, yI] of counts) {
        if (yI < minCount) continue;
        const yW = pooled.get(term) ?? yI;
        const yJ = yW - yI;
        const alphaW = (alpha0 * yW) / n;
        const logOdds = Math.log((yI + alphaW) / (nI + alpha0 - yI - alphaW)) - Math.log((yJ + alphaW) / (nJ + alpha0 - yJ - alphaW));
        const variance = 1 / (yI + alphaW) + 1 / (yJ + alphaW);
        terms.push({ term, count: yI, otherCount: yJ, logOdds, variance, z: logOdds / Math.sqrt(variance) });
      }
    }
    terms.sort((a, b) => b.z - a.z || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    ranked[group] = terms.slice(0, limit);
  }
  return ranked;
}
