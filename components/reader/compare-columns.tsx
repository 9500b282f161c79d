import Link from "next/link";
import { ArticleDate } from "@/components/case-study/article-date";
import { ArticleHeadline } from "@/components/case-study/article-headline";
import { articlePath } from "@/lib/case-study/paths";
import type { CaseStudy } from "@/lib/case-study/types";
import type { AnalyzedArticle } from "@/lib/comparison/analyze-case";
import { buildArticleLabels } from "@/lib/comparison/article-labels";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { Focus } from "@/lib/comparison/focus";
import { type Locale, localeDirection, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { ReaderMessages } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES } from "@/lib/i18n/taxonomy-messages";
import { ArticleLabels } from "./article-labels";
import { ArticleText } from "./article-text";
import { ReaderProvider } from "./reader-context";
import { buildTooltipDetails } from "@/lib/reader/reader-props";
import type { ReaderTranslation } from "@/lib/reader/reader-view";
import { TranslatedParagraph } from "./translated-paragraph";

export interface CompareColumnsProps {
  caseStudy: CaseStudy;
  /** The articles, in column order. */
  articles: readonly AnalyzedArticle[];
  focus: Focus | null;
  locale: Locale;
  strings: ReaderMessages;
  /** Each article's translation by id (null or absent: it has none, and its column says so). */
  translations?: Readonly<Record<string, ReaderTranslation | null>>;
  /** False when the URL hides the translations (`?translation=hide`). */
  showTranslation?: boolean;
}

/**
 * Two to four articles in columns, each tagged as in the reader. With an actor or a category
 * singled out, each column starts with the labels its article used for it. Each paragraph's
 * translation sits under it, credited to whoever made it; a column without one says so.
 */
export function CompareColumns({ caseStudy, articles, focus, locale, strings: t, translations = {}, showTranslation = false }: CompareColumnsProps) {
  const focusName =
    focus === null ? "" : focus.kind === "actor" ? (caseStudy.actors.find((a) => a.id === focus.id)?.name[locale] ?? focus.id) : CATEGORY_NAMES[locale][focus.id];
  const heading = focus?.kind === "actor" ? format(t.labelsForActor, { actor: focusName }) : format(t.termsOfCategory, { category: focusName });
  // Four columns of readable width do not fit a laptop's 1366 px in one row: two rows of two, four in a row from 2xl on.
  const fourAsTwoByTwo = articles.length === 4;
  return (
    <ReaderProvider details={buildTooltipDetails(caseStudy, articles.flatMap((a) => a.mentions), locale)} focus={focus}>
      {articles.length > 2 && <p className={`mb-2 text-xs text-muted print:hidden ${fourAsTwoByTwo ? "md:hidden" : "xl:hidden"}`}>{t.scrollHint}</p>}
      <div
        role="region"
        aria-label={t.columnsLabel}
        data-testid="compare-columns"
        // Positioned, so the translations' screen-reader-only labels are clipped with the columns rather than widening the page.
        className="relative ms-[calc(50%-50vw+1.5rem)] me-[calc(50%-50vw+1.5rem)] overflow-x-auto pb-3 print:mx-0 print:overflow-visible"
      >
        <div className={fourAsTwoByTwo ? TWO_BY_TWO : ONE_ROW}>
          {articles.map(({ article, mentions, segments }) => {
            const prefix = `${article.id}-`;
            const translation = showTranslation ? (translations[article.id] ?? null) : null;
            // Credit the translation to whoever made it: an editor's words are never labelled as Framelens's.
            const translationLabel = translation?.by === "editor" ? t.translationLabelEditor : t.translationLabel;
            const labels =
              focus &&
              buildArticleLabels({ mentions }, caseStudy.lexicon, focus).map((label) => ({
                ...label,
                href: localizedHref(evidenceTablePath(caseStudy.id, { article: [article.id], entry: [label.entry] }), locale),
              }));
            return (
              <section
                key={article.id}
                aria-labelledby={`${prefix}title`}
                data-testid="compare-column"
                data-article={article.id}
                className="row-span-3 grid grid-rows-subgrid gap-y-0 overflow-hidden rounded-xl border border-rule bg-white shadow-sm print:overflow-visible print:shadow-none"
              >
                <header className="border-b border-rule px-5 pb-3 pt-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <h2 id={`${prefix}title`} className="text-base font-semibold">
                      {article.outlet.name[locale]} · <ArticleDate article={article} locale={locale} />
                    </h2>
                    <Link href={localizedHref(articlePath(caseStudy.id, article.id), locale)} className="text-sm font-medium text-accent underline-offset-4 hover:underline print:hidden">
                      {t.openInReader}
                    </Link>
                  </div>
                  <p dir={article.headline === null ? localeDirection(locale) : article.language === "ar" ? "rtl" : "ltr"} className="mt-1 text-lg leading-relaxed">
                    <ArticleHeadline article={article} locale={locale} />
                  </p>
                  {translation?.headline != null && (
                    <TranslatedParagraph text={translation.headline} categories={translation.categories} label={translationLabel} labelLang={locale} className="mt-1 text-sm" />
                  )}
                </header>
                <div className={labels ? "border-b border-rule bg-paper/60 px-5 py-3" : ""} lang={locale} dir={localeDirection(locale)}>
                  {labels && (
                    <ArticleLabels
                      heading={heading}
                      emptyText={focus?.kind === "actor" ? t.neverNamed : t.noTerms}
                      labels={labels}
                      idPrefix={prefix}
                      locale={locale}
                      strings={t}
                    />
                  )}
                </div>
                <div className="px-5 py-5 text-[0.9rem]">
                  {showTranslation && (
                    <p lang={locale} dir={localeDirection(locale)} className={`mb-3 text-xs ${translation ? "font-semibold text-muted" : "rounded-lg border border-dashed border-rule px-3 py-2 text-muted"}`} data-testid={translation ? "column-translation-label" : "column-translation-missing"}>
                      {translation ? translationLabel : t.translationMissing}
                    </p>
                  )}
                  <ArticleText
                    text={article.text}
                    segments={segments}
                    mentions={mentions}
                    language={article.language}
                    locale={locale}
                    idPrefix={prefix}
                    strings={t}
                    translation={
                      translation
                        ? { paragraphs: translation.paragraphs, categories: translation.categories, label: translationLabel, labelLang: locale, missing: t.translationParagraphMissing, stacked: true }
                        : undefined
                    }
                  />
                </div>
              </section>
            );
          })}
        </div>
      </div>
    </ReaderProvider>
  );
}

// Each column spans three rows of the grid (header, labels, text) as a subgrid, so the parts line up across columns.
const ONE_ROW = "grid auto-cols-[minmax(21rem,40rem)] grid-flow-col grid-rows-[auto_auto_1fr] justify-center-safe gap-x-5 print:auto-cols-fr print:gap-x-3";
// Two rows of two (six grid rows); in one row again from 2xl and on paper, as before.
const TWO_BY_TWO =
  "grid grid-cols-[repeat(2,minmax(21rem,40rem))] grid-rows-[auto_auto_1fr_auto_auto_1fr] justify-center-safe gap-x-5 gap-y-5 " +
  "2xl:grid-cols-none 2xl:auto-cols-[minmax(21rem,40rem)] 2xl:grid-flow-col 2xl:grid-rows-[auto_auto_1fr] " +
  "print:grid-cols-none print:auto-cols-fr print:grid-flow-col print:grid-rows-[auto_auto_1fr] print:gap-x-3";
