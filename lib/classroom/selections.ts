import type { ExerciseWord } from "./exercise-text";
import { type Selection, spansOverlap } from "./score";

/**
 * Mark the words from `from` to `to` (either order) as one selection. Marks it overlaps are
 * replaced, so marks never overlap; when it replaces marks that all had one category, it keeps
 * it (stretching a mark over one more word keeps its category).
 *
 * @param selections the marks so far, in text order
 * @param words every word of the text, in order
 * @param from index of one end word
 * @param to index of the other end word
 * @returns the new marks in text order, and the one just made (null for an index out of range)
 */
export function markWords(selections: readonly Selection[], words: readonly ExerciseWord[], from: number, to: number): { selections: Selection[]; made: Selection | null } {
  const first = words[Math.min(from, to)];
  const last = words[Math.max(from, to)];
  if (!first || !last) return { selections: [...selections], made: null };
  const span = { start: first.start, end: last.end };
  const replaced = selections.filter((s) => spansOverlap(s, span));
  const categories = new Set(replaced.map((s) => s.category));
  const made: Selection = { ...span, category: categories.size === 1 ? [...categories][0]! : null };
  const kept = selections.filter((s) => !spansOverlap(s, span));
  return { selections: [...kept, made].sort((a, b) => a.start - b.start), made };
}

/**
 * The mark a word belongs to.
 *
 * @param selections the marks
 * @param word a word of the text
 * @returns the mark covering the word, or undefined
 */
export function findMarkAt(selections: readonly Selection[], word: ExerciseWord): Selection | undefined {
  return selections.find((s) => spansOverlap(s, word));
}

/**
 * Drop the mark that starts at `start`.
 *
 * @param selections the marks
 * @param start the removed mark's start offset
 * @returns the other marks
 */
export function removeMark(selections: readonly Selection[], start: number): Selection[] {
  return selections.filter((s) => s.start !== start);
}

/**
 * Give the mark that starts at `start` a category.
 *
 * @param selections the marks
 * @param start the mark's start offset
 * @param category a category id
 * @returns the marks with that one changed
 */
export function categorizeMark(selections: readonly Selection[], start: number, category: string): Selection[] {
  return selections.map((s) => (s.start === start ? { ...s, category } : s));
}
