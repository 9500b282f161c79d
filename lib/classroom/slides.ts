// Over 300 lines: the deck is one idea, the slides a case study yields; the excerpt helpers at the end
// (excerptAround, splitExcerpt) serve only its pair slides. They could become lib/classroom/excerpt.ts.
import { paragraphTranslationsByArticle } from "@/lib/case-study/paragraph-translation";
import type { Stance } from "@/lib/case-study/schema";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import type { Bilingual } from "@/lib/case-study/types";
import type { AnalyzedArticle, CaseAnalysis, CaseMention } from "@/lib/comparison/analyze-case";
import { buildActorMatrix, buildEventMatrix, type LabelUse, type MatrixRow } from "@/lib/comparison/label-matrix";
import { belongsToRow, type MatrixKind } from "@/lib/comparison/occurrences";
import { buildSummary, type SummarySlide } from "./summary";

/** Labels an outlet's column shows on a slide, most used first: more would not fit at classroom size. */
export const SLIDE_LABEL_LIMIT = 3;

/** An excerpt longer than this (UTF-16 units) is cut to the words around its label. */
export const MAX_EXCERPT_CHARS = 200;

/** Words kept on each side of the label when a sentence is too long to show whole. */
const EXCERPT_WINDOW_WORDS = 12;

/** One outlet's column on an actor or event slide. */
export interface SlideColumn {
  outlet: string;
  /** The labels shown, most used first (at most {@link SLIDE_LABEL_LIMIT}). */
  labels: LabelUse[];
  /** What did not fit: how many more labels, and how many uses they add up to. */
  omitted: { labels: number; uses: number };
  /** The labels that did not fit, in the same order: the teacher opens them on the slide. */
  rest: LabelUse[];
}

/** The opening slide: the case study's name, its outlets and how to read the slides. */
export interface TitleSlide {
  kind: "title";
  id: "title";
}

/** One actor or event: each outlet's labels for it. */
export interface RowSlide {
  kind: MatrixKind;
  /** `actor-<id>` or `event-<id>`. */
  id: string;
  row: { id: string; name: Bilingual };
  columns: SlideColumn[];
}

/** A highlighted term inside an excerpt, in offsets relative to the excerpt's text. */
export interface ExcerptMark {
  start: number;
  end: number;
  entry: string;
  category: string | null;
  stance: Stance | null;
  /** The label the pair is about (the others are framing terms around it). */
  focal: boolean;
}

/** A sentence (or the part of one around a label) from an article, with its terms marked. */
export interface Excerpt {
  article: string;
  /** Where the excerpt starts in the article's raw text. */
  offset: number;
  text: string;
  marks: ExcerptMark[];
  /** Whether words were cut before or after it. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** The focal label's start in the raw text: the reader's anchor is `m-<start>`. */
  mentionStart: number;
}

/** One outlet's side of an excerpt pair. */
export interface PairSide {
  outlet: string;
  label: LabelUse;
  excerpt: Excerpt;
  /**
   * The translation by Framelens of the paragraph the excerpt stands in, as stored (terms marked
   * `[[text|entry]]`); null when the article has none. A translation is aligned by paragraph, so
   * the whole paragraph is all that can honestly be shown.
   */
  translation: string | null;
}

/**
 * How the two sides differ: an actor named with labels of opposite stance (legitimizing and
 * delegitimizing), of different stance (one of them neutral), or an event framed in different
 * categories (liberation and assault).
 */
export type PairContrast = "opposite-stance" | "different-stance" | "different-category";

/** The same actor or event in two outlets' words. */
export interface PairSlide {
  kind: "pair";
  /** `pair-actor-<id>` or `pair-event-<id>`; an alternate adds `.2`, `.3` (never part of a slug). */
  id: string;
  row: { kind: MatrixKind; id: string; name: Bilingual };
  contrast: PairContrast;
  sides: [PairSide, PairSide];
  /** Another pair of the same row, from two other outlets: offered to the teacher, hidden until shown. */
  alternate?: true;
}

/** Most excerpt pairs one actor or event gives: the most telling in the deck, the rest alternates. */
export const MAX_PAIRS_PER_ROW = 3;

/** Any slide of a deck. */
export type Slide = TitleSlide | RowSlide | PairSlide | SummarySlide;

/**
 * Every slide a case study gives, in the default order: the title, then each actor that some
 * outlet labels (case order), each followed by its excerpt pair when two outlets differ, then
 * each event some outlet names, likewise followed by its pair. Up to {@link MAX_PAIRS_PER_ROW}
 * - 1 further pairs of a row, each from another two outlets, follow as alternates (hidden
 * until the teacher shows them). Actors and events no outlet names get no slide (an empty
 * slide teaches nothing; the overview shows the gap). The summary of the key contrasts
 * (summary.ts) closes the deck, when some actor or event is framed by enough outlets.
 *
 * @param analysis the case study analyzed once
 * @returns the slides, ids unique
 */
export function buildSlides(analysis: CaseAnalysis): Slide[] {
  const slides: Slide[] = [{ kind: "title", id: "title" }];
  const translations = paragraphTranslationsByArticle(analysis.caseStudy.articles, analysis.caseStudy.translations, "marked");
  const byKind: [MatrixKind, MatrixRow[]][] = [
    ["actor", buildActorMatrix(analysis)],
    ["event", buildEventMatrix(analysis)],
  ];
  for (const [kind, rows] of byKind) {
    for (const row of rows) {
      const columns = analysis.caseStudy.outlets.map((outlet) => toColumn(outlet.id, row.cells[outlet.id] ?? []));
      if (columns.every((c) => c.labels.length === 0)) continue;
      slides.push({ kind, id: `${kind}-${row.id}`, row: { id: row.id, name: row.name }, columns });
      slides.push(...findPairs(analysis, kind, row, translations));
    }
  }
  const summary = buildSummary(analysis);
  if (summary) slides.push(summary);
  return slides;
}

const slidesOf = new WeakMap<CaseAnalysis, Slide[]>();

/**
 * {@link buildSlides} once per analysis: an analysis is kept per case-study version, so a deck
 * and its arrange view (rendered per request, as they read the URL) find the slides ready. A
 * 200-article case study's slides take about 0.2 s to build.
 *
 * @param analysis the case study analyzed once
 * @returns the slides (shared: do not change them)
 */
export function getSlides(analysis: CaseAnalysis): readonly Slide[] {
  let slides = slidesOf.get(analysis);
  if (!slides) {
    slides = buildSlides(analysis);
    slidesOf.set(analysis, slides);
  }
  return slides;
}

/**
 * One outlet's column: the first {@link SLIDE_LABEL_LIMIT} labels shown, the rest kept behind
 * the slide's "+ N more labels".
 *
 * @param outlet the outlet's id
 * @param uses its labels for the row, in the order they should show
 * @returns the column
 */
export function toColumn(outlet: string, uses: readonly LabelUse[]): SlideColumn {
  const rest = uses.slice(SLIDE_LABEL_LIMIT);
  return { outlet, labels: uses.slice(0, SLIDE_LABEL_LIMIT), omitted: { labels: rest.length, uses: rest.reduce((n, u) => n + u.count, 0) }, rest };
}

interface Candidate {
  contrast: PairContrast;
  rank: number;
  a: { outlet: string; use: LabelUse };
  b: { outlet: string; use: LabelUse };
}

/**
 * The most telling pairs of one row, one per two outlets: for each two outlets, their labels
 * that differ the most (opposite stance before a neutral one; for events, different
 * categories), the better attested first, ties to each cell's most used label; then those
 * pairs ranked the same way (ties to the case's outlet order), kept while a sentence can be
 * found for both sides, at most {@link MAX_PAIRS_PER_ROW}. The first is the row's pair; the
 * others are alternates.
 */
function findPairs(analysis: CaseAnalysis, kind: MatrixKind, row: MatrixRow, translations: TranslationLookup): PairSlide[] {
  const outlets = analysis.caseStudy.outlets.map((o) => o.id);
  const candidates: Candidate[] = [];
  for (const [i, outletA] of outlets.entries()) {
    for (const outletB of outlets.slice(i + 1)) {
      let best: Candidate | null = null;
      for (const useA of row.cells[outletA] ?? []) {
        for (const useB of row.cells[outletB] ?? []) {
          const contrast = contrastOf(kind, useA, useB);
          if (!contrast) continue;
          const rank = (contrast === "opposite-stance" ? 1_000_000 : 0) + Math.min(useA.count, useB.count) * 1000 + useA.count + useB.count;
          if (!best || rank > best.rank) best = { contrast, rank, a: { outlet: outletA, use: useA }, b: { outlet: outletB, use: useB } };
        }
      }
      if (best) candidates.push(best);
    }
  }
  // A stable sort: equal ranks keep the outlets' order.
  candidates.sort((x, y) => y.rank - x.rank);
  const pairs: PairSlide[] = [];
  for (const candidate of candidates) {
    if (pairs.length === MAX_PAIRS_PER_ROW) break;
    const sides = pickExcerpts(analysis, kind, row.id, candidate, translations);
    if (!sides) continue;
    const id = `pair-${kind}-${row.id}`;
    const pair: PairSlide = { kind: "pair", id, row: { kind, id: row.id, name: row.name }, contrast: candidate.contrast, sides };
    pairs.push(pairs.length === 0 ? pair : { ...pair, id: `${id}.${pairs.length + 1}`, alternate: true });
  }
  return pairs;
}

function contrastOf(kind: MatrixKind, a: LabelUse, b: LabelUse): PairContrast | null {
  // A plain name frames nothing, so it is never one side of a contrast in framing.
  if (a.category === null || b.category === null) return null;
  if (kind === "event") return a.category !== b.category ? "different-category" : null;
  if (!a.stance || !b.stance || a.stance === b.stance) return null;
  return a.stance !== "neutral" && b.stance !== "neutral" ? "opposite-stance" : "different-stance";
}

/**
 * One sentence for each side, preferring two articles about the same event (the same fact in
 * two outlets' words), then the closest in date; within an article, the first use.
 */
function pickExcerpts(analysis: CaseAnalysis, kind: MatrixKind, rowId: string, pair: Candidate, translations: TranslationLookup): [PairSide, PairSide] | null {
  const belongs = belongsToRow(kind, rowId);
  const usesOf = (outlet: string, entry: string) =>
    analysis.articles
      .filter((a) => a.article.outlet.id === outlet)
      .flatMap((a) => a.mentions.filter((m) => !m.chrome && m.entry === entry && belongs(m)).map((m) => ({ analyzed: a, mention: m })));
  const usesA = usesOf(pair.a.outlet, pair.a.use.entry);
  const usesB = usesOf(pair.b.outlet, pair.b.use.entry);
  let best: { score: number; a: (typeof usesA)[number]; b: (typeof usesB)[number] } | null = null;
  for (const a of usesA) {
    for (const b of usesB) {
      const shared = a.analyzed.article.events.some((e) => b.analyzed.article.events.includes(e));
      const score = (shared ? 0 : 1_000_000) + dateDistance(a.analyzed.article.date, b.analyzed.article.date);
      if (!best || score < best.score) best = { score, a, b };
    }
  }
  if (!best) return null;
  return [
    sideOf(pair.a.outlet, pair.a.use, excerptAround(best.a.analyzed, best.a.mention), translations),
    sideOf(pair.b.outlet, pair.b.use, excerptAround(best.b.analyzed, best.b.mention), translations),
  ];
}

/** Article id → offset → the marked translation of the paragraph there (null: none). */
type TranslationLookup = Map<string, (offset: number) => string | null>;

function sideOf(outlet: string, label: LabelUse, excerpt: Excerpt, translations: TranslationLookup): PairSide {
  return { outlet, label, excerpt, translation: translations.get(excerpt.article)?.(excerpt.mentionStart) ?? null };
}

/** Months between two article dates (YYYY, YYYY-MM or YYYY-MM-DD; a missing part counts as January). */
function dateDistance(a: string, b: string): number {
  const months = (date: string) => {
    const [year = "0", month = "1"] = date.split("-");
    return Number(year) * 12 + Number(month);
  };
  return Math.abs(months(a) - months(b));
}

/** Where a sentence ends: full stops in both scripts, question and exclamation marks, line breaks. */
const SENTENCE_END = /[.!?؟\n\r]/;

/**
 * The sentence a mention stands in, with every body term in it marked; a sentence too long for
 * a slide is cut to the words around the mention.
 *
 * @param analyzed the article and its mentions
 * @param mention the focal mention (a body mention of the article)
 * @returns the excerpt, offsets relative to its text
 */
export function excerptAround(analyzed: Pick<AnalyzedArticle, "article" | "mentions">, mention: Pick<CaseMention, "start" | "end">): Excerpt {
  const text = analyzed.article.text;
  let start = mention.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = mention.end;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  // Keep the sentence's own full stop, not a line break.
  if (end < text.length && /[.!?؟]/.test(text[end]!)) end++;
  let cutBefore = false;
  let cutAfter = false;
  if (end - start > MAX_EXCERPT_CHARS) {
    const before = wordStartsBefore(text, start, mention.start);
    const after = wordEndsAfter(text, mention.end, end);
    if (before.length > EXCERPT_WINDOW_WORDS) {
      start = before[before.length - EXCERPT_WINDOW_WORDS]!;
      cutBefore = true;
    }
    if (after.length > EXCERPT_WINDOW_WORDS) {
      end = after[EXCERPT_WINDOW_WORDS - 1]!;
      cutAfter = true;
    }
  }
  // Trim spaces without losing the offsets.
  while (start < mention.start && /\s/.test(text[start]!)) start++;
  while (end > mention.end && /\s/.test(text[end - 1]!)) end--;
  const marks = analyzed.mentions
    .filter((m) => !m.chrome && m.start >= start && m.end <= end)
    .map((m) => ({
      start: m.start - start,
      end: m.end - start,
      entry: m.entry,
      category: m.category,
      stance: m.stance,
      focal: m.start === mention.start && m.end === mention.end,
    }));
  return { article: analyzed.article.id, offset: start, text: text.slice(start, end), marks, cutBefore, cutAfter, mentionStart: mention.start };
}

/** Offsets where each word between `from` and `to` starts. */
function wordStartsBefore(text: string, from: number, to: number): number[] {
  return [...text.slice(from, to).matchAll(/\S+/g)].map((m) => from + m.index);
}

/** Offsets where each word between `from` and `to` ends. */
function wordEndsAfter(text: string, from: number, to: number): number[] {
  return [...text.slice(from, to).matchAll(/\S+/g)].map((m) => from + m.index + m[0].length);
}

/** A piece of an excerpt: plain text or a marked term. */
export type ExcerptPiece = { kind: "text"; text: string } | { kind: "mark"; text: string; mark: ExcerptMark };

/**
 * Cut an excerpt at its marks, for rendering.
 *
 * @param excerpt an excerpt whose marks are in text order and do not overlap
 * @returns pieces covering the text exactly, in order
 */
export function splitExcerpt(excerpt: Pick<Excerpt, "text" | "marks">): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let at = 0;
  for (const mark of excerpt.marks) {
    if (mark.start < at) continue;
    if (mark.start > at) pieces.push({ kind: "text", text: excerpt.text.slice(at, mark.start) });
    pieces.push({ kind: "mark", text: excerpt.text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < excerpt.text.length) pieces.push({ kind: "text", text: excerpt.text.slice(at) });
  return pieces;
}

/**
 * A slide's name for lists (the arrange view, the deck's announcements): the case study's name
 * for the title slide, "Summary" for the closing one, the actor's or event's name for the others.
 *
 * @param slide the slide
 * @param caseName the case study's name in the interface language
 * @param locale the interface language
 * @returns a short, plain-text title
 */
export function slideTitle(slide: Slide, caseName: string, locale: "en" | "ar"): string {
  if (slide.kind === "title") return caseName;
  if (slide.kind === "summary") return PRESENT_MESSAGES[locale].summaryTitle;
  return slide.row.name[locale];
}
