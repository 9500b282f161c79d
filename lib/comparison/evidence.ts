import type { Voice } from "@/lib/engine";
import type { CaseAnalysis } from "./analyze-case";
import { paragraphTranslationsByArticle, translatorsByArticle } from "@/lib/case-study/paragraph-translation";
import type { Translator } from "@/lib/case-study/schema";

/** One mention as a row of the evidence table and of its CSV/JSON export. */
export interface EvidenceRow {
  /** `<article id>:<start>`: unique within a case study. */
  id: string;
  outlet: string;
  article: string;
  /** The article's date as stored (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** The article's language: a case study may mix Arabic and English coverage. */
  language: "ar" | "en";
  /** The mention as written in the raw text. */
  form: string;
  entry: string;
  gloss: string;
  category: string | null;
  /** The actor the label literally names. */
  actor: string | null;
  /** The actor it refers to, as the case study says (most often the same). */
  referent: string | null;
  /**
   * The curator's notes on this occurrence (a referent rule's, then the occurrence's own), one
   * after another, in English and in Arabic; empty when there is none. Flat text, as every
   * field of a row is, so the table's rows pack into columns.
   */
  noteEn: string;
  noteAr: string;
  /**
   * The label's stance toward its actor; null for a plain name, which frames nothing, so that a
   * count of neutral labels (the summary lines, the stance chart) leads to neutral framing labels only.
   */
  stance: string | null;
  event: string | null;
  /** Whose words the label is: the outlet's own, attributed to someone, or held at a distance. */
  voice: Voice;
  /** True unless `voice` is `outlet`. */
  quoted: boolean;
  /** In page chrome: listed, never counted. */
  chrome: boolean;
  /** UTF-16 offsets into the article's raw text. */
  start: number;
  end: number;
  /** Up to {@link CONTEXT_WORDS} words before and after, on the same line. */
  before: string;
  after: string;
  /**
   * The English of the mention's whole paragraph, by Framelens or the case's editor (never the
   * outlet's words), or null when the article has no translation (or none of this paragraph) or
   * the mention is in page chrome, which is not translated.
   */
  translation: string | null;
  /** Who translated it (null with no translation): the table credits it to them. */
  translationBy: Translator | null;
}

/** Between two notes on one occurrence: a blank line. */
const NOTES_SEPARATOR = "\n\n";

/** Words of context on each side of a mention in a keyword-in-context snippet. */
export const CONTEXT_WORDS = 8;

/**
 * Every mention of a case study as an evidence row, article by article in text order.
 *
 * @param analysis the analyzed case study
 * @returns the rows
 */
export function buildEvidenceRows(analysis: CaseAnalysis): EvidenceRow[] {
  const entries = new Map(analysis.caseStudy.lexicon.map((e) => [e.id, e]));
  const translations = paragraphTranslationsByArticle(analysis.caseStudy.articles, analysis.caseStudy.translations);
  const translators = translatorsByArticle(analysis.caseStudy.translations);
  return analysis.articles.flatMap(({ article, mentions }) =>
    mentions.map((m) => {
      const { before, after } = keywordInContext(article.text, m.start, m.end);
      const translation = m.chrome ? null : (translations.get(article.id)?.(m.start) ?? null);
      return {
        id: `${article.id}:${m.start}`,
        outlet: article.outlet.id,
        article: article.id,
        date: article.date,
        language: article.language,
        form: m.text,
        entry: m.entry,
        gloss: entries.get(m.entry)?.gloss ?? "",
        category: m.category,
        actor: m.actor,
        referent: m.referent,
        noteEn: m.notes.map((note) => note.en).join(NOTES_SEPARATOR),
        noteAr: m.notes.map((note) => note.ar).join(NOTES_SEPARATOR),
        stance: m.category === null ? null : m.stance,
        event: m.countedEvent,
        voice: m.voice,
        quoted: m.quoted,
        chrome: m.chrome,
        start: m.start,
        end: m.end,
        before,
        after,
        translation,
        translationBy: translation === null ? null : (translators.get(article.id) ?? null),
      };
    }),
  );
}

/**
 * The words around a stretch of text, on its own line, for a keyword-in-context snippet.
 *
 * @param text the raw text
 * @param start where the keyword starts
 * @param end where it ends
 * @param words how many words to keep on each side (default {@link CONTEXT_WORDS})
 * @returns the context before and after, trimmed, with "…" where it was cut
 */
export function keywordInContext(text: string, start: number, end: number, words = CONTEXT_WORDS): { before: string; after: string } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const beforeWords = text.slice(lineStart, start).split(/\s+/).filter(Boolean);
  const afterWords = text.slice(end, lineEnd).split(/\s+/).filter(Boolean);
  const leading = text.slice(lineStart, start).match(/\s$/) ? " " : "";
  const trailing = text.slice(end, lineEnd).match(/^\s/) ? " " : "";
  const before = (beforeWords.length > words ? "… " : "") + beforeWords.slice(-words).join(" ") + leading;
  const after = trailing + afterWords.slice(0, words).join(" ") + (afterWords.length > words ? " …" : "");
  return { before: before.trimStart(), after: after.trimEnd() };
}
