/** One row of the alignment: a paragraph of the original beside the one the translation puts there. */
export interface ParagraphPair {
  /** Its number, from 1. */
  number: number;
  /** Null where the original has no paragraph left. */
  original: string | null;
  /** Null where the translation has no paragraph left. */
  translation: string | null;
}

/** How a translation lines up with its original, paragraph by paragraph. */
export interface ParagraphAlignment {
  originalCount: number;
  translationCount: number;
  pairs: ParagraphPair[];
  /**
   * Where the pairs may stop matching (a paragraph number, from 1), or null when the counts
   * agree. A guess: the first pair whose length ratio strays far from the others', else the
   * first paragraph past the shorter side.
   */
  outOfStepFrom: number | null;
}

/** A translation paragraph this many times longer or shorter than usual is taken for another's. */
const STRAY_RATIO = 2.5;

/** Paragraphs shorter than this (a dateline, a byline) say too little about alignment by their length. */
const MIN_COMPARED_LENGTH = 40;

/**
 * The original's body paragraphs beside the translation's, pair by pair, and where they may go
 * out of step when the counts differ. Pairs are by position, as the reader shows them.
 *
 * @param original the original's body paragraphs (bodyParagraphs in validate-translations.ts)
 * @param translation the translation's paragraphs
 */
export function alignParagraphs(original: readonly string[], translation: readonly string[]): ParagraphAlignment {
  const length = Math.max(original.length, translation.length);
  const pairs = Array.from({ length }, (_, i): ParagraphPair => ({ number: i + 1, original: original[i] ?? null, translation: translation[i] ?? null }));
  const shared = Math.min(original.length, translation.length);
  if (original.length === translation.length) return { originalCount: original.length, translationCount: translation.length, pairs, outOfStepFrom: null };
  // A translation's length follows its original's at a roughly steady ratio; a pair far off it
  // most likely pairs a paragraph with its neighbour's translation.
  const ratios = pairs
    .slice(0, shared)
    .map((pair, i) => ({ i, ratio: pair.original!.length >= MIN_COMPARED_LENGTH && pair.translation!.length >= MIN_COMPARED_LENGTH ? pair.translation!.length / pair.original!.length : null }))
    .filter((r): r is { i: number; ratio: number } => r.ratio !== null);
  const sorted = ratios.map((r) => r.ratio).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const stray = median === undefined ? undefined : ratios.find((r) => r.ratio > median * STRAY_RATIO || r.ratio < median / STRAY_RATIO);
  return { originalCount: original.length, translationCount: translation.length, pairs, outOfStepFrom: (stray?.i ?? shared) + 1 };
}
