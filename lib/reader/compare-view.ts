import { CATEGORY_IDS } from "@/lib/case-study/schema";
import { formatArticleDate } from "@/lib/case-study/format-date";
import type { AnalyzedArticle, CaseAnalysis } from "@/lib/comparison/analyze-case";
import { COMPARE_LIMITS, parseCompareSelection } from "@/lib/comparison/compare-selection";
import { parseFocus, type Focus } from "@/lib/comparison/focus";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES } from "@/lib/i18n/taxonomy-messages";
import { firstSearchParam } from "@/lib/pages/search-param";
import { readerTranslation, type ReaderTranslation } from "./reader-view";

/** The side-by-side page's URL, as Next gives its search params. */
export type CompareQuery = Record<string, string | string[] | undefined>;

/** What the side-by-side page shows, in the interface language. */
export interface CompareView {
  locale: Locale;
  /** The articles to show in columns, in the URL's order (none when the URL asks for the impossible). */
  shown: AnalyzedArticle[];
  /** The ids the picker starts with ticked. */
  selected: string[];
  /** True when the URL named no articles and the page chose a contrasting pair. */
  isDefault: boolean;
  focus: Focus | null;
  /** What is wrong with the URL, said for the reader: too few, too many or unknown articles, an unknown actor or category. */
  problems: string[];
  /** Every article of the case, for the picker. */
  pickerArticles: { id: string; outlet: string; date: string }[];
  /** The choices of the focus picker: actors, then categories. */
  focusGroups: { kind: "actor" | "category"; label: string; options: { id: string; name: string }[] }[];
  /** The URL's other settings the picker keeps when it asks for new articles. */
  keep: Record<string, string>;
  /** Each shown article's translation by id (null: it has none, and its column says so). */
  translations: Record<string, ReaderTranslation | null>;
  /** False when the URL hides the translations (`?translation=hide`); shown by default where there are some. */
  showTranslation: boolean;
}

/**
 * What the side-by-side page shows for a URL: the articles it asks for (or a contrasting pair
 * when it asks for none), the actor or category singled out, and what is wrong with the URL.
 *
 * @param analysis the analyzed case study
 * @param query the page's search params (`articles`, `actor`, `category`, `translation`)
 * @param locale the interface language
 */
export function getCompareView(analysis: CaseAnalysis, query: CompareQuery, locale: Locale): CompareView {
  const { caseStudy } = analysis;
  const t = READER_MESSAGES[locale];
  const actor = firstSearchParam(query.actor);
  const category = firstSearchParam(query.category);
  const selection = parseCompareSelection(query.articles, analysis);
  const { focus, unknown } = parseFocus({ actor, category }, caseStudy.actors.map((a) => a.id));
  const limits = { min: COMPARE_LIMITS.min, max: COMPARE_LIMITS.max };

  const problems: string[] = [];
  if (!selection.ok) {
    problems.push(
      selection.problem === "unknown"
        ? format(t.urlUnknown, { ...limits, ids: selection.unknown.join("”, “") })
        : format(selection.problem === "too-few" ? t.urlTooFew : t.urlTooMany, { ...limits, count: selection.count }),
    );
  }
  if (unknown) problems.push(format(unknown.kind === "actor" ? t.unknownActor : t.unknownCategory, { id: unknown.id }));

  const hideTranslation = firstSearchParam(query.translation) === "hide";
  const keep = Object.fromEntries(
    [
      ["lang", locale === "ar" ? "ar" : null],
      ["actor", actor],
      ["category", category],
      ["translation", hideTranslation ? "hide" : null],
    ].filter((pair): pair is [string, string] => pair[1] !== null),
  );

  const shown = selection.ok ? selection.articleIds.flatMap((id) => analysis.articles.filter((a) => a.article.id === id)) : [];
  return {
    locale,
    shown,
    selected: selection.articleIds,
    isDefault: selection.ok && selection.isDefault,
    focus,
    problems,
    pickerArticles: caseStudy.articles.map((a) => ({ id: a.id, outlet: a.outlet.name[locale], date: formatArticleDate(a, locale) })),
    focusGroups: [
      { kind: "actor", label: t.focusActors, options: caseStudy.actors.map((a) => ({ id: a.id, name: a.name[locale] })) },
      { kind: "category", label: t.focusCategories, options: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[locale][id] })) },
    ],
    keep,
    translations: Object.fromEntries(shown.map(({ article }) => [article.id, readerTranslation(caseStudy, article)])),
    showTranslation: !hideTranslation,
  };
}
