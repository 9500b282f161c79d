import { alignParagraphs, type ParagraphAlignment } from "@/lib/case-study/paragraph-alignment";
import { translatorOf, type CategoryId, type Translator } from "@/lib/case-study/schema";
import { bodyParagraphs } from "@/lib/case-study/validate-translations";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";
import type { AnalyzedArticle } from "@/lib/comparison/analyze-case";
import { buildArticleLabels, tallyActors, tallyCategories, type ArticleLabel } from "@/lib/comparison/article-labels";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { Focus } from "@/lib/comparison/focus";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES } from "@/lib/i18n/taxonomy-messages";
import { splitTranslation } from "@/lib/case-study/translation-marks";
import { buildTooltipDetails, type TooltipDetails } from "./reader-props";

/** One category of the reader's legend: its name, how often the article uses it, and where those mentions are listed. */
export interface LegendItem {
  id: CategoryId;
  name: string;
  /** Body mentions. */
  count: number;
  /** Mentions in page chrome (shown, not counted). */
  chrome: number;
  /** The evidence table filtered to this article and category. */
  href: string;
}

/** Everything the reader page shows about one article beyond its text, in the interface language. */
export interface ReaderView {
  caseStudy: Pick<CaseStudy, "id" | "name" | "events">;
  article: CaseArticle;
  locale: Locale;
  /** The categories the article uses, for the legend. */
  legend: LegendItem[];
  /** Actors the article names (and a focused one it never names), "Name (count)", for the actor picker. */
  actors: { id: string; name: string }[];
  /** The focused actor, if any, with the labels the article used for it. */
  focus: { focus: Focus; name: string; labels: (ArticleLabel & { href: string })[] } | null;
  /** Mentions in the body (chrome left out) and body words, with the link to them all in the table. */
  summary: { mentions: number; words: number; href: string };
  tooltips: TooltipDetails;
  /** The article's translation (by Framelens or by the case's editor), or null where there is none (the reader says so). */
  translation: ReaderTranslation | null;
}

/** A translation as the reader shows it: its texts, marks included, and the category of each marked entry. */
export interface ReaderTranslation {
  headline: string | null;
  subheadline: string | null;
  /** One per body paragraph of the article, in order. */
  paragraphs: string[];
  /** Each marked entry's framing category (null: a plain name), so its rendering is tinted as the original's tag. */
  categories: Record<string, CategoryId | null>;
  /** Who translated it: the label says so, never crediting Framelens with an editor's words. */
  by: Translator;
  /** The paragraph counts, and from which paragraph on they may not match (null: they pair one to one). */
  alignment: Omit<ParagraphAlignment, "pairs">;
}

/**
 * What the reader page shows about one analysed article: legend, actor picker, the focused
 * actor's labels, the summary line and the tooltips' details, every count from the analysis
 * and every link into the evidence table.
 *
 * @param caseStudy the case study the article belongs to
 * @param analyzed the article with what the engine found in it
 * @param focus the actor singled out by the URL, or null
 * @param locale the interface language
 */
export function getReaderView(caseStudy: CaseStudy, analyzed: AnalyzedArticle, focus: Focus | null, locale: Locale): ReaderView {
  const { article, mentions } = analyzed;
  const r = READER_MESSAGES[locale];
  const tablePath = (filters: Parameters<typeof evidenceTablePath>[1]) => localizedHref(evidenceTablePath(caseStudy.id, { article: [article.id], ...filters }), locale);
  const actorName = (id: string) => caseStudy.actors.find((a) => a.id === id)?.name[locale] ?? id;

  const legend = tallyCategories(mentions).map((tally) => ({
    id: tally.category,
    name: CATEGORY_NAMES[locale][tally.category],
    count: tally.body,
    chrome: tally.chrome,
    href: tablePath({ category: [tally.category] }),
  }));
  const tallies = tallyActors(mentions, caseStudy.actors.map((a) => a.id));
  // An actor the article never names can still arrive in the URL: it stays choosable, with its 0.
  if (focus && !tallies.some((tally) => tally.actor === focus.id)) tallies.push({ actor: focus.id, count: 0 });
  const actors = tallies.map((tally) => ({ id: tally.actor, name: format(r.optionCount, { name: actorName(tally.actor), count: tally.count }) }));
  const focused = focus && {
    focus,
    name: actorName(focus.id),
    labels: buildArticleLabels(analyzed, caseStudy.lexicon, focus).map((label) => ({ ...label, href: tablePath({ entry: [label.entry] }) })),
  };

  return {
    caseStudy: { id: caseStudy.id, name: caseStudy.name, events: caseStudy.events },
    article,
    locale,
    legend,
    actors,
    focus: focused,
    summary: { mentions: mentions.filter((m) => !m.chrome).length, words: analyzed.words, href: tablePath({}) },
    tooltips: buildTooltipDetails(caseStudy, mentions, locale),
    translation: readerTranslation(caseStudy, article),
  };
}

/**
 * An article's translation as the reader and the side-by-side columns show it.
 *
 * @param caseStudy the case study's translations and lexicon (for the marked entries' categories)
 * @param article the article
 * @returns its translation, or null where it has none (the page says so, never inventing one)
 */
export function readerTranslation(caseStudy: Pick<CaseStudy, "translations" | "lexicon">, article: CaseArticle): ReaderTranslation | null {
  const translation = caseStudy.translations?.find((t) => t.article === article.id);
  if (!translation) return null;
  const texts = [translation.headline, translation.subheadline, ...translation.paragraphs].filter((text) => text !== null);
  const used = new Set(texts.flatMap((text) => splitTranslation(text).flatMap((piece) => (piece.kind === "term" ? [piece.entry] : []))));
  return {
    headline: translation.headline,
    subheadline: translation.subheadline,
    paragraphs: translation.paragraphs,
    categories: Object.fromEntries(caseStudy.lexicon.filter((e) => used.has(e.id)).map((e) => [e.id, e.category])),
    by: translatorOf(translation),
    alignment: (({ pairs: _pairs, ...counts }) => counts)(alignParagraphs(bodyParagraphs(article), translation.paragraphs)),
  };
}
