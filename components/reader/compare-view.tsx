import { LandscapePages } from "@/components/classroom/landscape-pages";
import { PrintButton } from "@/components/classroom/print-button";
import { PrintUrl } from "@/components/classroom/print-url";
import { HowToRead } from "@/components/ui/how-to-read";
import { caseSectionPath } from "@/lib/case-study/paths";
import type { CaseStudy } from "@/lib/case-study/types";
import { COMPARE_LIMITS } from "@/lib/comparison/compare-selection";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import type { CompareView as CompareViewData } from "@/lib/reader/compare-view";
import { ArticlePicker } from "./article-picker";
import { CompareColumns } from "./compare-columns";
import { FocusSelect } from "./focus-select";
import { TranslationPicker } from "./translation-picker";

export interface CompareViewProps {
  view: CompareViewData;
  caseStudy: CaseStudy;
}

/** The side-by-side page: the article and focus pickers, what is wrong with the URL, and the columns. */
export function CompareView({ view, caseStudy }: CompareViewProps) {
  const { locale, shown } = view;
  const t = READER_MESSAGES[locale];
  return (
    <>
      {/* On paper the columns share the page's width; three or four turn the pages to landscape. */}
      {shown.length > 2 && <LandscapePages />}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t.compareTitle}</h1>
        {shown.length > 0 && <PrintButton label={PRESENT_MESSAGES[locale].printCompare} />}
      </div>
      <p className="mb-5 mt-1 max-w-3xl text-base leading-relaxed text-muted print:hidden">{t.compareIntro}</p>
      <PrintUrl template={PRESENT_MESSAGES[locale].handoutOnline} className="mb-3" />

      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{t.compareHowTo1}</p>
        <p>{t.compareHowTo2}</p>
        <p>{t.compareHowTo3}</p>
      </HowToRead>

      {view.problems.map((problem) => (
        <p key={problem} role="alert" data-testid="compare-problem" className="mb-4 rounded-lg border border-[#f0b59a] bg-[#fdf1ea] px-4 py-3 text-sm font-medium text-[#7c2d12]">
          {problem}
        </p>
      ))}
      <div className="mb-5 grid items-end gap-x-8 gap-y-4 rounded-xl border border-rule bg-white p-4 lg:grid-cols-[minmax(0,1fr)_18rem] print:hidden">
        <ArticlePicker
          articles={view.pickerArticles}
          selected={view.selected}
          limits={COMPARE_LIMITS}
          action={caseSectionPath(caseStudy.id, "compare")}
          keep={view.keep}
          strings={{
            legend: format(t.pickerLegend, COMPARE_LIMITS),
            compareButton: t.compareButton,
            pickerTooFew: t.pickerTooFew,
            pickerTooMany: t.pickerTooMany,
          }}
        />
        <FocusSelect label={t.focusLabel} noneLabel={t.focusNone} groups={view.focusGroups} />
      </div>

      {view.isDefault && <p className="mb-3 text-sm text-muted print:hidden" data-testid="default-note">{t.defaultNote}</p>}
      {/* The switch is offered where some column has a translation to show or hide. */}
      {shown.some(({ article }) => view.translations[article.id]) && (
        <div className="mb-4 max-w-xl print:hidden">
          <TranslationPicker
            shown={view.showTranslation}
            strings={{ translationToggle: t.translationToggle, translationToggleHint: t.compareTranslationHint, translationShown: t.compareTranslationShown, translationHidden: t.translationHidden }}
          />
        </div>
      )}
      {shown.length > 0 && (
        <CompareColumns caseStudy={caseStudy} articles={shown} focus={view.focus} locale={locale} strings={t} translations={view.translations} showTranslation={view.showTranslation} />
      )}
    </>
  );
}
