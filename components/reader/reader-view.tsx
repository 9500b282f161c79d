import Link from "next/link";
import { ArticleDate } from "@/components/case-study/article-date";
import { ArticleHeadline } from "@/components/case-study/article-headline";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { HowToRead } from "@/components/ui/how-to-read";
import { SourceText } from "@/components/ui/source-text";
import { caseSectionPath } from "@/lib/case-study/paths";
import type { AnalyzedArticle } from "@/lib/comparison/analyze-case";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import type { ReaderView as ReaderViewData } from "@/lib/reader/reader-view";
import { ArticleDetails } from "./article-details";
import { ArticleLabels } from "./article-labels";
import { ArticleText } from "./article-text";
import { CategoryLegend } from "./category-legend";
import { FocusSelect } from "./focus-select";
import { MarkKey } from "./mark-key";
import { ReaderProvider } from "./reader-context";
import { TranslatedParagraph } from "./translated-paragraph";
import { TranslationPicker } from "./translation-picker";
import { VoicePicker } from "@/components/ui/voice-picker";
import type { VoiceView } from "@/lib/comparison/voice-url";

export interface ReaderViewProps {
  view: ReaderViewData;
  /** The article's text as the engine read it: segments and mentions to mark. */
  analyzed: Pick<AnalyzedArticle, "segments" | "mentions">;
  /** `outlet` (`?voice=outlet`) fades the labels that are not the outlet's own words. */
  voice?: VoiceView;
  /** False when the URL hides the translation (`?translation=hide`); it is shown by default where there is one. */
  showTranslation?: boolean;
}

/**
 * The reader page: the article's captured text with every framing term marked, beside a legend
 * that switches categories off, an actor picker and what the article calls the chosen actor.
 */
export function ReaderView({ view, analyzed, voice = "all", showTranslation = true }: ReaderViewProps) {
  const { caseStudy, article, locale } = view;
  const t = CASE_MESSAGES[locale];
  const messages = READER_MESSAGES[locale];
  // Credit the translation to whoever made it: an editor's words are never labelled as Framelens's.
  const r =
    view.translation?.by === "editor"
      ? { ...messages, translationLabel: messages.translationLabelEditor, translationToggleHint: messages.translationToggleHintEditor, translationShown: messages.translationShownEditor }
      : messages;
  const translation = showTranslation ? view.translation : null;
  const outOfStep = translation?.alignment.outOfStepFrom ?? null;
  // The Arabic label names the brand in Latin letters: capitals would make it FRAMELENS.
  const brandCase = locale === "ar" ? "normal-case" : "uppercase";

  return (
    <>
      <Breadcrumbs
        label={t.breadcrumb}
        trail={[
          { href: localizedHref("/", locale), label: t.caseStudies },
          { href: localizedHref(caseSectionPath(caseStudy.id), locale), label: caseStudy.name[locale] },
        ]}
        current={
          <>
            {article.outlet.name[locale]}, <ArticleDate article={article} locale={locale} />
          </>
        }
      />

      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{r.readerHowTo1}</p>
        <p>{r.readerHowTo2}</p>
        <p>{r.readerHowTo3}</p>
        <p>{r.readerHowTo4}</p>
      </HowToRead>

      {/* Two columns of text need the room a single one is kept from (a readable line). */}
      <div className={`grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] ${translation ? "xl:grid-cols-[17rem_minmax(0,1fr)]" : "xl:grid-cols-[17rem_minmax(0,52rem)]"} xl:gap-10`}>
        <aside aria-label={t.aboutArticle} className="grid content-start gap-6">
          <div className="grid gap-6 rounded-xl border border-rule bg-white p-4">
            <CategoryLegend
              items={view.legend}
              strings={{
                legendTitle: r.legendTitle,
                legendHint: r.legendHint,
                legendCountLabel: r.legendCountLabel,
                legendChrome: r.legendChrome,
                showAllCategories: r.showAllCategories,
              }}
            />
            <MarkKey locale={locale} strings={r} />
            <VoicePicker
              ownOnly={voice === "outlet"}
              strings={{ toggle: r.voiceToggle, toggleHint: r.voiceToggleHint, showingOwn: r.voiceShowingOwn, showingAll: r.voiceShowingAll }}
              updating={r.voiceShowingOwn}
            />
            {view.actors.length > 0 && (
              <div className="grid gap-3">
                <FocusSelect label={r.actorFilterLabel} noneLabel={r.allActors} groups={[{ kind: "actor", label: r.focusActors, options: view.actors }]} />
                {view.focus && (
                  <ArticleLabels
                    heading={format(r.labelsForActor, { actor: view.focus.name })}
                    emptyText={r.neverNamed}
                    labels={view.focus.labels}
                    locale={locale}
                    strings={r}
                  />
                )}
              </div>
            )}
          </div>
          <div className="px-1">
            <ArticleDetails article={article} events={caseStudy.events} locale={locale} />
          </div>
        </aside>

        <article lang={article.language} dir={article.language === "ar" ? "rtl" : "ltr"} className="rounded-xl border border-rule bg-white px-6 py-8 shadow-sm sm:px-10">
          <header className="mb-8 border-b border-rule pb-6">
            <h1
              className={`${article.headline === null ? "text-2xl" : "text-[2rem]"} font-semibold leading-snug`}
              data-testid="headline"
            >
              <ArticleHeadline article={article} locale={locale} />
            </h1>
            {article.subheadline !== null && (
              <SourceText language={article.language} as="p" className="mt-3 text-xl text-muted">
                {article.subheadline}
              </SourceText>
            )}
            {translation && (translation.headline !== null || translation.subheadline !== null) && (
              <div lang="en" dir="ltr" className="mt-4 grid gap-1" data-testid="translated-headline">
                <p lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className={`text-xs font-semibold tracking-wide text-muted ${brandCase}`}>
                  {r.translationLabel}
                </p>
                {translation.headline !== null && <TranslatedParagraph text={translation.headline} categories={translation.categories} label={r.translationLabel} labelLang={locale} className="text-lg font-semibold" />}
                {translation.subheadline !== null && <TranslatedParagraph text={translation.subheadline} categories={translation.categories} label={r.translationLabel} labelLang={locale} className="text-base text-muted" />}
              </div>
            )}
          </header>

          <div lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className="mb-6 grid gap-2">
            {view.translation ? (
              <TranslationPicker shown={showTranslation} strings={r} />
            ) : (
              <p className="rounded-lg border border-dashed border-rule px-4 py-2.5 text-sm text-muted" data-testid="translation-missing">
                {r.translationMissing}
              </p>
            )}
            {translation && outOfStep !== null && (
              <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-950" data-testid="translation-out-of-step">
                {format(r.translationOutOfStep, { original: translation.alignment.originalCount, translation: translation.alignment.translationCount, from: outOfStep })}
              </p>
            )}
          </div>

          <div lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className="mb-5 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">
              {r.textAsCaptured}
              {translation && (
                <>
                  {" · "}
                  <span data-testid="translation-label" className={brandCase}>
                    {r.translationLabel}
                  </span>
                </>
              )}
            </h2>
            <p className="text-xs text-muted" data-testid="text-summary">
              <Link href={view.summary.href} prefetch={false} className="font-semibold text-accent underline-offset-4 hover:underline">
                {format(r.textSummary, { mentions: view.summary.mentions, words: view.summary.words })}
              </Link>
            </p>
          </div>
          <ReaderProvider details={view.tooltips} focus={view.focus?.focus ?? null}>
            {/* ?voice=outlet fades the labels that are not the outlet's own words (mention-marks.css). */}
            <div data-voice-view={voice}>
              <ArticleText
                text={article.text}
                segments={analyzed.segments}
                mentions={analyzed.mentions}
                language={article.language}
                locale={locale}
                strings={r}
                translation={translation ? { paragraphs: translation.paragraphs, categories: translation.categories, label: r.translationLabel, labelLang: locale, missing: r.translationParagraphMissing } : undefined}
              />
            </div>
          </ReaderProvider>
        </article>
      </div>
    </>
  );
}
