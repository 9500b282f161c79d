import Link from "next/link";
import { HowToRead } from "@/components/ui/how-to-read";
import { caseSectionPath } from "@/lib/case-study/paths";
import type { ArrangeView as ArrangeViewData } from "@/lib/classroom/deck-view";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { DeckArranger } from "./deck-arranger";

export interface ArrangeViewProps {
  view: ArrangeViewData;
  caseId: string;
  locale: Locale;
}

/** The arrange page: how it works, what the URL named that does not exist, and the slide list with the deck's link. */
export function ArrangeView({ view, caseId, locale }: ArrangeViewProps) {
  const t = PRESENT_MESSAGES[locale];
  return (
    <>
      <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t.arrangeTitle}</h1>
          <p className="mt-1 max-w-3xl text-base leading-relaxed text-muted">{t.arrangeIntro}</p>
        </div>
        <Link href={localizedHref(caseSectionPath(caseId), locale)} className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
          {t.backToOverview}
        </Link>
      </div>
      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{t.arrangeHowTo1}</p>
        <p>{t.arrangeHowTo2}</p>
        <p>{t.arrangeHowTo3}</p>
        <p>{t.arrangeHowTo4}</p>
      </HowToRead>
      {view.notice && (
        <p role="alert" data-testid="arrange-problem" className="mb-4 rounded-lg border border-[#f0b59a] bg-[#fdf1ea] px-4 py-3 text-sm font-medium text-[#7c2d12]">
          {view.notice}
        </p>
      )}
      <DeckArranger
        caseId={caseId}
        items={view.items}
        locale={locale}
        strings={{
          start: t.start,
          startAt: t.startAt,
          deckLink: t.deckLink,
          copy: t.copy,
          copied: t.copied,
          reset: t.reset,
          moveUp: t.moveUp,
          moveDown: t.moveDown,
          showSlide: t.showSlide,
          shownCount: t.shownCount,
          hiddenTag: t.hiddenTag,
          kindTitle: t.kindTitle,
          kindActor: t.kindActor,
          kindEvent: t.kindEvent,
          kindPair: t.kindPair,
          kindAlternatePair: t.kindAlternatePair,
          kindSummary: t.kindSummary,
          slideListLabel: t.slideListLabel,
          endHere: t.endHere,
          endHereLabel: t.endHereLabel,
          orderLegend: t.orderLegend,
          orderUsed: t.orderUsed,
          orderContrasted: t.orderContrasted,
          orderHelp: t.orderHelp,
        }}
      />
    </>
  );
}
