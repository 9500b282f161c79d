import type { CaseAnalysis, CaseMention } from "./analyze-case";
import { paragraphTranslationsByArticle, translatorsByArticle } from "@/lib/case-study/paragraph-translation";
import type { Translator } from "@/lib/case-study/schema";
import type { Bilingual } from "@/lib/case-study/types";
import { keywordInContext } from "./evidence";

/** The two matrices of the overview: labels per actor, and names per event. */
export type MatrixKind = "actor" | "event";

/** One sentence where an outlet used a label for an actor or an event. */
export interface LabelOccurrence {
  article: string;
  /** UTF-16 offsets into the article's raw text (the reader's anchor is `m-<start>`). */
  start: number;
  end: number;
  /** The label as written there. */
  form: string;
  /** Keyword in context: the words before and after, on the same line. */
  before: string;
  after: string;
  quoted: boolean;
  /** The actor the label literally names, when it refers to another (else null). */
  literal: string | null;
  /** What the curator says about this occurrence (the referent rule's note, the occurrence's own). */
  notes: Bilingual[];
  /**
   * The English of the sentence's whole paragraph, by Framelens (never the outlet's words), or
   * null when the article has no translation: translations are kept per paragraph, not per sentence.
   */
  translation: string | null;
  /** Who translated it (null with no translation): the dialog credits it to them. */
  translationBy: Translator | null;
}

/** The parts of a label's key: which outlet, which lexicon entry, which actor or event row. */
export interface LabelKeyParts {
  outlet: string;
  entry: string;
  row: string;
}

/**
 * The key of one label in one matrix cell, as it stands in the URL (`?label=<key>`).
 * Ids are kebab-case slugs, so the colons are unambiguous.
 *
 * @param parts the outlet, the lexicon entry and the actor or event id
 * @returns `<outlet>:<entry>:<row>`
 */
export function labelKey({ outlet, entry, row }: LabelKeyParts): string {
  return `${outlet}:${entry}:${row}`;
}

/**
 * Whether a mention belongs to a matrix row: it refers to that actor, or it is counted toward
 * that event (its own event, or its article's main event for a liberation or assault term).
 *
 * @param kind which matrix
 * @param row the actor or event id
 * @returns a test for body and chrome mentions alike (the caller leaves chrome out)
 */
export function belongsToRow(kind: MatrixKind, row: string): (mention: CaseMention) => boolean {
  // Filed under whom the label refers to: Libya24's داعش in 2018 sits under the Shura Council.
  return kind === "actor" ? (m) => m.referent === row : (m) => m.countedEvent === row;
}

/**
 * Every sentence behind every label of a matrix: for each cell's label, where the outlet used
 * it (body only, as the matrix counts), oldest article first, then in text order.
 *
 * @param analysis the analyzed case study
 * @param kind the actor or the event matrix
 * @returns label key ({@link labelKey}) → its occurrences; as many as the label's count
 */
export function collectLabelOccurrences(analysis: CaseAnalysis, kind: MatrixKind): Record<string, LabelOccurrence[]> {
  const rows = kind === "actor" ? analysis.caseStudy.actors : analysis.caseStudy.events;
  const tests = rows.map((row) => ({ row: row.id, belongs: belongsToRow(kind, row.id) }));
  const byDate = [...analysis.articles].sort((a, b) => a.article.date.localeCompare(b.article.date));
  const translations = paragraphTranslationsByArticle(analysis.caseStudy.articles, analysis.caseStudy.translations);
  const translators = translatorsByArticle(analysis.caseStudy.translations);
  const occurrences: Record<string, LabelOccurrence[]> = {};
  for (const { article, mentions } of byDate) {
    for (const mention of mentions) {
      if (mention.chrome) continue;
      for (const { row, belongs } of tests) {
        if (!belongs(mention)) continue;
        const key = labelKey({ outlet: article.outlet.id, entry: mention.entry, row });
        const { before, after } = keywordInContext(article.text, mention.start, mention.end);
        const translation = translations.get(article.id)?.(mention.start) ?? null;
        (occurrences[key] ??= []).push({
          article: article.id,
          start: mention.start,
          end: mention.end,
          form: mention.text,
          before,
          after,
          quoted: mention.quoted,
          literal: mention.actor !== mention.referent ? mention.actor : null,
          notes: mention.notes,
          translation,
          translationBy: translation === null ? null : (translators.get(article.id) ?? null),
        });
      }
    }
  }
  return occurrences;
}
