import type { ExerciseWord } from "./exercise-text";
import { type ExerciseScore, type Selection, spansOverlap } from "./score";
import { findMarkAt } from "./selections";

/** How a run of words is shown: a mark being made, or a result after checking. */
export type WordGroupKind = "mark" | "found" | "extra" | "missed";

/** The group a word belongs to: words of one mark (or one missed term) are drawn as one run. */
export interface WordGroup {
  /** Same key for every word of the run. */
  key: string;
  kind: WordGroupKind;
  /** The category whose tint the run takes (a mark's pick; none when not yet picked). */
  category: string | null;
  /** The mark being edited: outlined. */
  active: boolean;
}

/**
 * The run each word of the text is drawn in: the student's marks while marking; after checking,
 * each mark as found or extra and each term they missed.
 *
 * @param words every word of the text, in order
 * @param selections the student's marks
 * @param score the result, or null before checking
 * @param active the start of the mark being edited, if any
 * @returns one group per word, undefined for a word in none
 */
export function groupWords(words: readonly ExerciseWord[], selections: readonly Selection[], score: Pick<ExerciseScore, "found" | "missed"> | null, active: number | null): (WordGroup | undefined)[] {
  const found = new Set(score?.found.map((f) => f.selection.start));
  return words.map((word): WordGroup | undefined => {
    const mark = findMarkAt(selections, word);
    if (mark) {
      const kind = score ? (found.has(mark.start) ? "found" : "extra") : "mark";
      return { key: `s${mark.start}`, kind, category: score ? null : mark.category, active: !score && mark.start === active };
    }
    const missed = score?.missed.find((m) => spansOverlap(m, word));
    return missed ? { key: `r${missed.start}`, kind: "missed", category: null, active: false } : undefined;
  });
}
