import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { CaseStudySummary } from "@/components/case-study/case-study-summary";
import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import { CATEGORY_IDS } from "@/lib/case-study/schema";
import type { CaseStudy } from "@/lib/case-study/types";
import type { MatrixRow } from "@/lib/comparison/label-matrix";
import type { LanguageView } from "@/lib/comparison/language-url";
import type { OverviewCounts, OverviewData } from "@/lib/comparison/overview-data";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { handoutPath } from "@/lib/classroom/paths";
import { caseSectionPath } from "@/lib/case-study/paths";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { CsvDownloadButton } from "./csv-download-button";
import { KeyContrast } from "./key-contrast";
import { LabelMatrix } from "./label-matrix";
import { LanguageScope } from "./language-scope";
import { MatrixLegend } from "./matrix-legend";
import { OccurrencesDialogGate } from "./occurrences-dialog-gate";
import { OutletSummaries } from "./outlet-summaries";
import { VoiceScope, VoiceSwitch } from "./voice-scope";
import { VOICE_MESSAGES } from "@/lib/i18n/voice-messages";

export interface CaseOverviewProps {
  /** What the overview shows, from {@link getOverviewData}. */
  data: OverviewData;
  caseStudy: CaseStudy;
  locale: Locale;
  /** The period control (`?from=…&to=…`), drawn by the page, which has its query; none leaves it out. */
  periodControl?: ReactNode;
  /** List every article in "about this case study" (`?articles=all`), not the first {@link FIRST_ARTICLES}. */
  allArticles?: boolean;
}

/** How many articles the overview lists before linking to all of them: its HTML must not grow with the case. */
export const FIRST_ARTICLES = 12;

/**
 * A case study's overview (its data computed by `getOverviewData`): first the key contrast (each
 * outlet's most-used label for the most contested actors), one generated line per outlet, the actor × outlet label matrix,
 * the event × outlet matrix (each with its key and a CSV export), the sentences behind any
 * label in a dialog (loaded as it opens), and what the case study is about.
 */
export function CaseOverview({ data, caseStudy, locale, allArticles = false, periodControl }: CaseOverviewProps) {
  const t = OVERVIEW_MESSAGES[locale];
  const { languages, byLanguage } = data;
  const howToRead = NAV_MESSAGES[locale].howToRead;
  const ownWords = VOICE_MESSAGES[locale].toggle;
  const paragraph = (text: string) => <p>{locale === "en" ? <MixedText>{text}</MixedText> : text}</p>;

  const howTo = (
    <HowToRead title={howToRead}>
      {paragraph(t.howCounted)}
      {paragraph(t.howStance)}
      {paragraph(t.howCells)}
      {paragraph(t.howEmpty)}
      {paragraph(t.howSummary)}
      {paragraph(t.howCsv)}
      {paragraph(format(t.howPlainVoice, { examples: data.plainNames }))}
    </HowToRead>
  );

  // The key contrast, summaries and matrices of one choice of articles; a single-language case has
  // only one. The first screen answers the first question: who names the most contested actors how.
  // A matrix's CSV file, made by the server when its button is pressed, counted as the view is.
  const csvButton = (kind: "actor" | "event", language: LanguageView, suffix: string, ownOnly: boolean) => {
    const query = new URLSearchParams({ kind, ...(ownOnly ? { voice: "outlet" } : {}), ...(language === "all" ? {} : { language }) });
    const description = kind === "actor" ? t.downloadActorsCsv : t.downloadEventsCsv;
    return (
      <CsvDownloadButton
        href={`/api/cases/${encodeURIComponent(caseStudy.id)}/matrix-csv?${query}`}
        filename={`${caseStudy.id}-${kind}s-by-outlet${suffix}${ownOnly ? "-own-words" : ""}.csv`}
        label={t.downloadCsv}
        description={ownOnly ? `${description} (${ownWords})` : description}
        failed={t.downloadCsvFailed}
        locale={locale}
      />
    );
  };

  const counted = ({ outlets, keyContrast, actorRows, eventRows, summaries, summaryActors, own }: OverviewCounts, language: LanguageView = "all", suffix = "") => (
    <VoiceScope strings={VOICE_MESSAGES[locale]}>
      <VoiceSwitch
        all={<KeyContrast rows={keyContrast} outlets={outlets} locale={locale} view="all" />}
        own={<KeyContrast rows={own.keyContrast} outlets={outlets} locale={locale} view="own" />}
      />

      {howTo}

      <VoiceSwitch
        all={<OutletSummaries caseId={caseStudy.id} summaries={summaries} actorIds={summaryActors} outlets={outlets} actors={caseStudy.actors} locale={locale} />}
        own={<OutletSummaries caseId={caseStudy.id} summaries={own.summaries} actorIds={own.summaryActors} outlets={outlets} actors={caseStudy.actors} locale={locale} ownVoice />}
      />

      <MatrixSection
        id="actors"
        title={t.actorsTitle}
        note={t.actorsNote}
        download={
          <VoiceSwitch
            all={csvButton("actor", language, suffix, false)}
            own={csvButton("actor", language, suffix, true)}
          />
        }
      >
        <MatrixLegend locale={locale} plainNames={data.plainNames} />
        <LabelMatrix kind="actor" rows={actorRows} outlets={outlets} locale={locale} />
      </MatrixSection>

      <MatrixSection
        id="events"
        title={t.eventsTitle}
        note={t.eventsNote}
        download={
          <VoiceSwitch
            all={csvButton("event", language, suffix, false)}
            own={csvButton("event", language, suffix, true)}
          />
        }
      >
        <HowToRead title={howToRead} open>
          {paragraph(t.howEvents)}
          {paragraph(t.howEmpty)}
        </HowToRead>
        <MatrixLegend locale={locale} plainNames={data.plainNames} categories={usedCategories(eventRows)} />
        <LabelMatrix kind="event" rows={eventRows} outlets={outlets} locale={locale} />
      </MatrixSection>
    </VoiceScope>
  );

  return (
    <>
      <header className="mb-3">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <h1 className="text-[1.75rem] font-semibold leading-tight tracking-tight text-ink">{t.title}</h1>
          <Link
            href={localizedHref(handoutPath(caseStudy.id), locale)}
            data-testid="handout-link"
            className="rounded-lg border border-accent bg-white px-3 py-1.5 text-sm font-semibold text-accent-strong hover:bg-accent-soft print:hidden"
          >
            {PRESENT_MESSAGES[locale].handout}
          </Link>
        </div>
        {/* The period sits beside the intro on a wide screen, so the key contrast stays on the first screen. */}
        <div className="mt-1.5 flex flex-wrap items-start justify-between gap-x-6 gap-y-1">
          <p className="max-w-3xl text-base leading-relaxed text-muted">{t.intro}</p>
          {periodControl && <div className="max-w-sm print:hidden">{periodControl}</div>}
        </div>
      </header>

      {languages.length > 1 && byLanguage.ar && byLanguage.en ? (
        <LanguageScope
          views={{ all: counted(data), ar: counted(byLanguage.ar, "ar", "-arabic"), en: counted(byLanguage.en, "en", "-english") }}
          articleCounts={{
            all: caseStudy.articles.length,
            ar: caseStudy.articles.filter((a) => a.language === "ar").length,
            en: caseStudy.articles.filter((a) => a.language === "en").length,
          }}
          strings={t}
        />
      ) : (
        counted(data)
      )}

      <section aria-labelledby="about-title" className="mt-14">
        <h2 id="about-title" className="mb-4 text-xl font-semibold tracking-tight">
          {t.aboutTitle}
        </h2>
        <CaseStudySummary
          caseStudy={caseStudy}
          locale={locale}
          articleLimit={allArticles ? undefined : { shown: FIRST_ARTICLES, allHref: localizedHref(`${caseSectionPath(caseStudy.id)}?articles=all#about-title`, locale) }}
        />
      </section>

      {/* Reads `?label=` (a search-parameter hook): kept out of the pre-rendered HTML, opened after hydration. */}
      <Suspense fallback={null}>
        <OccurrencesDialogGate
          caseId={caseStudy.id}
          locale={locale}
          strings={{
            outlet: t.dialogOutlet,
            actor: t.dialogActor,
            event: t.dialogEvent,
            uses: t.dialogUses,
            quotedUses: t.dialogQuoted,
            stance: t.dialogStance,
            category: t.dialogCategory,
            spellings: t.dialogSpellings,
            sentences: t.dialogSentences,
            close: t.dialogClose,
            openInReader: t.openInReader,
            allInTable: t.allInTable,
            firstOf: t.firstOf,
            quoted: t.quoted,
            noHeadline: t.noHeadline,
            translation: t.dialogTranslation,
            translationEditor: t.dialogTranslationEditor,
            noTranslation: t.dialogNoTranslation,
            loading: t.dialogLoading,
            loadFailed: t.dialogLoadFailed,
          }}
        />
      </Suspense>
    </>
  );
}

interface MatrixSectionProps {
  id: string;
  title: string;
  note: string;
  download: ReactNode;
  children: ReactNode;
}

/** A matrix with its heading, a one-line note and its download button. */
function MatrixSection({ id, title, note, download, children }: MatrixSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-12 scroll-mt-6">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight">
            {title}
          </h2>
          <p className="mt-1 text-sm text-muted">{note}</p>
        </div>
        {download}
      </div>
      {children}
    </section>
  );
}

/** The framing categories of a matrix's terms, in the taxonomy's order. */
function usedCategories(rows: readonly MatrixRow[]): string[] {
  const used = new Set(rows.flatMap((row) => Object.values(row.cells).flatMap((uses) => uses.flatMap((use) => (use.category === null ? [] : [use.category])))));
  return [...CATEGORY_IDS.filter((category) => used.has(category)), ...[...used].filter((c) => !(CATEGORY_IDS as readonly string[]).includes(c))];
}
