import type { Metadata } from "next";
import Link from "next/link";
import { createLoader } from "nuqs/server";
import { ArticleDate } from "@/components/case-study/article-date";
import { ArticleHeadline } from "@/components/case-study/article-headline";
import { ArticleDetails } from "@/components/reader/article-details";
import { ArticleLabels } from "@/components/reader/article-labels";
import { ArticleText } from "@/components/reader/article-text";
import { CategoryLegend } from "@/components/reader/category-legend";
import { FocusSelect } from "@/components/reader/focus-select";
import { MarkKey } from "@/components/reader/mark-key";
import { ReaderProvider } from "@/components/reader/reader-context";
import { VoicePicker } from "@/components/ui/voice-picker";
import { buildTooltipDetails } from "@/lib/reader/reader-props";
import { focusParsers } from "@/components/reader/url-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { HowToRead } from "@/components/ui/how-to-read";
import { SourceText } from "@/components/ui/source-text";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { caseSectionPath } from "@/lib/case-study/paths";
import { buildArticleLabels, tallyActors, tallyCategories } from "@/lib/comparison/article-labels";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import { parseFocus } from "@/lib/comparison/focus";
import { VOICE_PARAM, parseVoiceView } from "@/lib/comparison/voice-url";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES } from "@/lib/i18n/taxonomy-messages";
import { findArticlePage } from "@/lib/pages/find-page";

interface ArticlePageProps {
  params: Promise<{ locale: string; case: string; article: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadFocus = createLoader(focusParsers);

export async function generateMetadata({ params }: Pick<ArticlePageProps, "params">): Promise<Metadata> {
  const { locale, caseStudy, article } = await findArticlePage(params);
  return { title: `${article.outlet.name[locale]}, ${formatArticleDate(article, locale)} — ${caseStudy.name[locale]}` };
}

/**
 * One article, tagged: every line as captured with its framing terms highlighted and explained,
 * a legend that switches categories off, one actor singled out on request (`?actor=`), and the
 * labels that are not the outlet's own words faded on request (`?voice=outlet`).
 * Rendered per request, since the view is whatever the URL names.
 */
export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  const { locale, caseStudy, article, analyzed } = await findArticlePage(params);
  const voice = parseVoiceView((await searchParams)[VOICE_PARAM]);
  const { focus } = parseFocus({ actor: (await loadFocus(searchParams)).actor, category: null }, caseStudy.actors.map((a) => a.id));
  const t = CASE_MESSAGES[locale];
  const r = READER_MESSAGES[locale];
  const dir = article.language === "ar" ? "rtl" : "ltr";
  const actorNames = new Map(caseStudy.actors.map((a) => [a.id, a.name[locale]]));
  const bodyMentions = analyzed.mentions.filter((m) => !m.chrome).length;

  const legend = tallyCategories(analyzed.mentions).map((tally) => ({
    id: tally.category,
    name: CATEGORY_NAMES[locale][tally.category],
    count: tally.body,
    chrome: tally.chrome,
    href: localizedHref(evidenceTablePath(caseStudy.id, { article: [article.id], category: [tally.category] }), locale),
  }));
  const tallies = tallyActors(analyzed.mentions, caseStudy.actors.map((a) => a.id));
  // An actor the article never names can still arrive in the URL: it stays choosable, with its 0.
  if (focus && !tallies.some((tally) => tally.actor === focus.id)) tallies.push({ actor: focus.id, count: 0 });
  const actors = tallies.map((tally) => ({
    id: tally.actor,
    name: format(r.optionCount, { name: actorNames.get(tally.actor) ?? tally.actor, count: tally.count }),
  }));
  const labels =
    focus &&
    buildArticleLabels(analyzed, caseStudy.lexicon, focus).map((label) => ({
      ...label,
      href: localizedHref(evidenceTablePath(caseStudy.id, { article: [article.id], entry: [label.entry] }), locale),
    }));

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

      <div className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,52rem)] xl:gap-10">
        <aside aria-label={t.aboutArticle} className="grid content-start gap-6">
          <div className="grid gap-6 rounded-xl border border-rule bg-white p-4">
            <CategoryLegend
              items={legend}
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
            {actors.length > 0 && (
              <div className="grid gap-3">
                <FocusSelect label={r.actorFilterLabel} noneLabel={r.allActors} groups={[{ kind: "actor", label: r.focusActors, options: actors }]} />
                {focus && labels && (
                  <ArticleLabels
                    heading={format(r.labelsForActor, { actor: actorNames.get(focus.id) ?? focus.id })}
                    emptyText={r.neverNamed}
                    labels={labels}
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

        <article lang={article.language} dir={dir} className="rounded-xl border border-rule bg-white px-6 py-8 shadow-sm sm:px-10">
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
          </header>

          <div lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className="mb-5 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{r.textAsCaptured}</h2>
            <p className="text-xs text-muted" data-testid="text-summary">
              <Link href={localizedHref(evidenceTablePath(caseStudy.id, { article: [article.id] }), locale)} prefetch={false} className="font-semibold text-accent underline-offset-4 hover:underline">
                {format(r.textSummary, { mentions: bodyMentions, words: analyzed.words })}
              </Link>
            </p>
          </div>
          <ReaderProvider details={buildTooltipDetails(caseStudy, analyzed.mentions, locale)} focus={focus}>
            {/* ?voice=outlet fades the labels that are not the outlet's own words (mention-marks.css). */}
            <div data-voice-view={voice}>
              <ArticleText
                text={article.text}
                segments={analyzed.segments}
                mentions={analyzed.mentions}
                language={article.language}
                locale={locale}
                strings={r}
              />
            </div>
          </ReaderProvider>
        </article>
      </div>
    </>
  );
}
