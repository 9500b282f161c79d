/**
 * The matching rule of the accuracy benchmark, the same as the real-coverage scorer's
 * (`../shared/tools/score-real.mjs`): a hand mark is found when a mention overlaps its span
 * with the same actor or referent (where the mark names an actor) and the same category
 * (where the mark gives one; a mark with none is a plain name, found by any overlapping
 * mention of its actor). A mention is right when it overlaps a mark it agrees with in that way.
 */

/** One hand mark, located in its text. */
export interface Mark {
  start: number;
  end: number;
  text: string;
  /** The actor the span names or refers to; absent for an event or action term. */
  actor?: string;
  /** The framing category; absent for a plain name. */
  category?: string;
}

/** The fields of a mention the rule reads. */
export interface ScoredMention {
  start: number;
  end: number;
  text: string;
  actor: string | null;
  referent: string | null;
  category: string | null;
  stance: string | null;
}

/** The tally of one text, or of several added up. */
export interface Tally {
  marks: number;
  found: number;
  mentions: number;
  right: number;
  wrongLabel: number;
  unmarked: number;
  /** Mentions on a plain-name mark that carry a framing category (and a non-neutral stance). */
  framedPlain: number;
  misses: string[];
  wrong: string[];
  extra: string[];
}

/** An empty tally. */
export function emptyTally(): Tally {
  return { marks: 0, found: 0, mentions: 0, right: 0, wrongLabel: 0, unmarked: 0, framedPlain: 0, misses: [], wrong: [], extra: [] };
}

const overlaps = (m: { start: number; end: number }, mark: Mark) => m.start < mark.end && m.end > mark.start;
const agrees = (m: ScoredMention, mark: Mark) =>
  (!mark.actor || m.actor === mark.actor || m.referent === mark.actor) && (!mark.category || m.category === mark.category);
const describe = (mark: Mark) => `${mark.actor ?? "-"} / ${mark.category ?? "plain name"}`;

/**
 * Score one text's mentions against its marks and add the result to `into`.
 *
 * @param key the text's name, used in the listed misses
 * @param marks the hand marks
 * @param mentions what the engine found
 * @param into the tally to add to
 */
export function scoreText(key: string, marks: readonly Mark[], mentions: readonly ScoredMention[], into: Tally): void {
  into.marks += marks.length;
  into.mentions += mentions.length;
  for (const mark of marks) {
    if (mentions.some((m) => overlaps(m, mark) && agrees(m, mark))) into.found++;
    else into.misses.push(`${key}: ${mark.text}  (${describe(mark)})`);
  }
  for (const m of mentions) {
    const under = marks.filter((mark) => overlaps(m, mark));
    if (under.length === 0) {
      into.unmarked++;
      into.extra.push(`${key}: ${m.text}  (${m.actor ?? "-"} / ${m.category})`);
      continue;
    }
    if (under.some((mark) => agrees(m, mark))) into.right++;
    else {
      into.wrongLabel++;
      into.wrong.push(`${key}: ${m.text} tagged ${m.actor ?? "-"} / ${m.category}; marked ${under.map(describe).join(", ")}`);
    }
    if (under.every((mark) => !mark.category) && m.category && m.stance !== "neutral") into.framedPlain++;
  }
}

/**
 * Add `part` into `total`.
 *
 * @param total the running tally
 * @param part one text's or one set's tally
 */
export function addTally(total: Tally, part: Tally): void {
  total.marks += part.marks;
  total.found += part.found;
  total.mentions += part.mentions;
  total.right += part.right;
  total.wrongLabel += part.wrongLabel;
  total.unmarked += part.unmarked;
  total.framedPlain += part.framedPlain;
  total.misses.push(...part.misses);
  total.wrong.push(...part.wrong);
  total.extra.push(...part.extra);
}

/** Recall: the share of marks found (1 when there are none). */
export function recallOf(tally: Tally): number {
  return tally.marks === 0 ? 1 : tally.found / tally.marks;
}

/** Precision: the share of mentions that are right (1 when there are none). */
export function precisionOf(tally: Tally): number {
  return tally.mentions === 0 ? 1 : tally.right / tally.mentions;
}

/**
 * Locate a real-coverage mark `{t, c?, n?}` in its text: the n-th occurrence (1-based, at every
 * start position) of the context string c, or of t itself, then t from there.
 *
 * @param text the text
 * @param t the marked span
 * @param c a longer context that holds t, when t alone is ambiguous
 * @param n which occurrence of c (or t)
 * @returns the start offset, or -1 when the mark is not in the text
 */
export function locateMark(text: string, t: string, c: string | undefined, n: number | undefined): number {
  const context = c ?? t;
  let at = -1;
  for (let k = 0; k < (n ?? 1); k++) {
    at = text.indexOf(context, at + 1);
    if (at < 0) return -1;
  }
  return text.indexOf(t, at);
}
