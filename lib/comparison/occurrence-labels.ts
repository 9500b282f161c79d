import type { Stance } from "@/lib/case-study/schema";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { articlePath } from "@/lib/case-study/paths";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { MatrixRow } from "@/lib/comparison/label-matrix";
import { MAX_DIALOG_OCCURRENCES, getLabelOccurrences } from "@/lib/comparison/label-sentences";
import { labelKey, type LabelOccurrence, type MatrixKind } from "@/lib/comparison/occurrences";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { STANCE_ADJECTIVES, categoryName } from "@/lib/i18n/overview-messages";

/** What the occurrences dialog shows for one label, names already in the interface language. */
export interface OccurrenceLabel {
  key: string;
  kind: MatrixKind;
  form: string;
  gloss: string;
  category: string | null;
  categoryName: string;
  stance: Stance | null;
  stanceName: string | null;
  outletName: string;
  rowName: string;
  count: number;
  quoted: number;
  /** The distinct spellings the text used: what normalization merged. */
  spellings: string[];
  /** The evidence table filtered to exactly these mentions. */
  tableHref: string;
  /** The first {@link MAX_DIALOG_OCCURRENCES} sentences (the evidence table has them all). */
  occurrences: LabelOccurrence[];
  /** How many sentences there are in all. */
  total: number;
}

/** An article as an occurrence's heading names it. */
export interface OccurrenceArticle {
  date: string;
  headline: string | null;
  language: "ar" | "en";
  /** Its reader page in the interface language; an occurrence adds `#m-<start>`. */
  href: string;
}

/**
 * Every label of a matrix with the sentences behind it, keyed as in the URL: all the
 * occurrences dialog needs, and no more (no article text, no other mentions).
 *
 * @param analysis the analyzed case study
 * @param kind which matrix
 * @param rows that matrix's rows
 * @param locale the interface language
 * @returns label key → what its dialog shows
 */
export function buildOccurrenceLabels(analysis: CaseAnalysis, kind: MatrixKind, rows: readonly MatrixRow[], locale: Locale): Record<string, OccurrenceLabel> {
  const { caseStudy } = analysis;
  const occurrences = getLabelOccurrences(analysis, kind);
  const labels: Record<string, OccurrenceLabel> = {};
  for (const row of rows) {
    for (const outlet of caseStudy.outlets) {
      const outletArticles = caseStudy.articles.filter((a) => a.outlet.id === outlet.id).length;
      for (const use of row.cells[outlet.id] ?? []) {
        const key = labelKey({ outlet: outlet.id, entry: use.entry, row: row.id });
        const found = occurrences[key] ?? [];
        const articles = [...new Set(found.map((o) => o.article))];
        // An event's term can count toward another event in the outlet's other articles
        // (by each article's main event): the article filter keeps the table to this cell.
        const narrow = kind === "event" && articles.length < outletArticles;
        labels[key] = {
          key,
          kind,
          form: use.form,
          gloss: use.gloss,
          category: use.category,
          categoryName: categoryName(use.category, locale),
          stance: use.stance,
          stanceName: use.stance && STANCE_ADJECTIVES[locale][use.stance],
          outletName: outlet.name[locale],
          rowName: row.name[locale],
          count: use.count,
          quoted: use.quoted,
          spellings: use.spellings,
          tableHref: localizedHref(evidenceTablePath(caseStudy.id, { entry: [use.entry], outlet: [outlet.id], article: narrow ? articles : [] }), locale),
          occurrences: found.slice(0, MAX_DIALOG_OCCURRENCES),
          total: found.length,
        };
      }
    }
  }
  return labels;
}

/**
 * The case study's articles as the occurrences dialog heads their sentences.
 *
 * @param analysis the analyzed case study
 * @param locale the interface language
 * @returns article id → its date, headline and reader link
 */
export function describeOccurrenceArticles(analysis: CaseAnalysis, locale: Locale): Record<string, OccurrenceArticle> {
  return Object.fromEntries(
    analysis.caseStudy.articles.map((article) => [
      article.id,
      {
        date: formatArticleDate(article, locale),
        headline: article.headline,
        language: article.language,
        href: localizedHref(articlePath(analysis.caseStudy.id, article.id), locale),
      },
    ]),
  );
}
