/**
 * Scoring a spot-the-framing exercise: the student's selections against the reference tagging.
 *
 * The matching rule (the exercise page explains it to students in the same words):
 * 1. A selection and a reference term *pair* when their spans share at least one character. A
 *    selection is made of whole words, so this means "share a word": marking only الليبي of
 *    الجيش الليبي finds the term, and so does marking الجيش الليبي وقواته.
 * 2. Pairing is one to one: a term is found once, and a selection finds one term. A selection
 *    stretched over two terms finds one of them; the other stays missed unless another
 *    selection touches it. Two selections on one term: one finds it, the other is extra.
 * 3. Terms are paired in text order; each takes, among the selections still free that touch
 *    it, the one that ends first (then the one that starts first). This pairs as many as can
 *    be paired, so a long selection never takes a term a shorter one could have found.
 * 4. found = paired terms, missed = terms left unpaired, extra = selections left unpaired.
 *    precision = found / selections, recall = found / terms; each is null (shown as a dash)
 *    when its denominator is 0: nothing selected has no precision, a text with no terms no recall.
 * 5. Whether the category is right is reported separately and never changes precision or
 *    recall; a selection without a category counts as a wrong category. A pair is *exact* when
 *    the selection covers the term's words exactly; a partial pair still counts as found.
 * 6. Quoted terms (in quotation marks, after "so-called") are reference terms like any other:
 *    the outlet still printed the word. Multi-word terms are one term, found by any of their words.
 */

/** A stretch of the article's raw text, in UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A term of the reference tagging: one body mention found by the engine. */
export interface ReferenceTerm extends Span {
  /** The mention's text as printed. */
  text: string;
  /** The lexicon entry it matches. */
  entry: string;
  category: string;
  /** In quotation marks or distanced ("so-called"): shown with the explanation. */
  quoted: boolean;
}

/** One stretch of text the student marked, with the category they picked (null: none yet). */
export interface Selection extends Span {
  category: string | null;
}

/** A reference term the student found, with the selection that found it. */
export interface FoundTerm<R extends ReferenceTerm = ReferenceTerm, S extends Selection = Selection> {
  reference: R;
  selection: S;
  /** The selection covers exactly the term's span. */
  exact: boolean;
  /** The selection's category is the term's. */
  categoryRight: boolean;
}

/** The outcome of one submission. */
export interface ExerciseScore<R extends ReferenceTerm = ReferenceTerm, S extends Selection = Selection> {
  /** Found terms, in text order of the term. */
  found: FoundTerm<R, S>[];
  /** Reference terms no selection touched, in text order. */
  missed: R[];
  /** Selections that found no term, in text order. */
  extra: S[];
  /** found / selections; null when nothing was selected. */
  precision: number | null;
  /** found / reference terms; null when the text has no reference term. */
  recall: number | null;
  /** Found terms whose category the student also got right. */
  categoryRight: number;
}

/**
 * Whether two spans share at least one character.
 *
 * @param a a span
 * @param b another span
 * @returns true when they overlap; spans that only touch (a.end === b.start) do not
 */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Score the student's selections against the reference terms, by the rule in this module's
 * header comment.
 *
 * @param references the reference terms (the engine's body mentions), in any order
 * @param selections the student's selections, in any order
 * @returns found, missed and extra terms with precision, recall and categories right
 */
export function scoreExercise<R extends ReferenceTerm, S extends Selection>(references: readonly R[], selections: readonly S[]): ExerciseScore<R, S> {
  const terms = [...references].sort(byPosition);
  const marks = [...selections].sort(byPosition);
  const used = new Set<number>();
  const found: FoundTerm<R, S>[] = [];
  const missed: R[] = [];
  for (const reference of terms) {
    let best = -1;
    marks.forEach((mark, index) => {
      if (used.has(index) || !spansOverlap(mark, reference)) return;
      const current = marks[best];
      if (current === undefined || mark.end < current.end || (mark.end === current.end && mark.start < current.start)) best = index;
    });
    const selection = marks[best];
    if (selection === undefined) {
      missed.push(reference);
      continue;
    }
    used.add(best);
    found.push({
      reference,
      selection,
      exact: selection.start === reference.start && selection.end === reference.end,
      categoryRight: selection.category === reference.category,
    });
  }
  return {
    found,
    missed,
    extra: marks.filter((_, index) => !used.has(index)),
    precision: marks.length === 0 ? null : found.length / marks.length,
    recall: terms.length === 0 ? null : found.length / terms.length,
    categoryRight: found.filter((f) => f.categoryRight).length,
  };
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
