import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeckArranger } from "@/components/classroom/deck-arranger";
import { HowToRead } from "@/components/ui/how-to-read";
import { caseSectionPath } from "@/lib/case-study/paths";
import { DECK_PARAMS, resolveDeck } from "@/lib/classroom/deck";
import { getSlides, slideTitle } from "@/lib/classroom/slides";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { isLocale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";

interface ArrangePageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<ArrangePageProps, "params">): Promise<Metadata> {
  const { locale } = await params;
  return { title: isLocale(locale) ? PRESENT_MESSAGES[locale].arrangeTitle : "Arrange the presentation" };
}

/** Where a teacher picks, orders and hides the deck's slides before presenting, and gets its link. */
export default async function ArrangePage({ params, searchParams }: ArrangePageProps) {
  const { locale, case: caseId } = await params;
  const analysis = await getCaseAnalysis(caseId);
  if (!isLocale(locale) || !analysis) notFound();
  const query = await searchParams;
  const t = PRESENT_MESSAGES[locale];
  const { caseStudy } = analysis;
  const slides = getSlides(analysis);
  const { unknown } = resolveDeck(slides, { slides: query[DECK_PARAMS.slides], hide: query[DECK_PARAMS.hide], show: query[DECK_PARAMS.show] });
  return (
    <>
      <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t.arrangeTitle}</h1>
          <p className="mt-1 max-w-3xl text-base leading-relaxed text-muted">{t.arrangeIntro}</p>
        </div>
        <Link href={localizedHref(caseSectionPath(caseStudy.id), locale)} className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
          {t.backToOverview}
        </Link>
      </div>
      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{t.arrangeHowTo1}</p>
        <p>{t.arrangeHowTo2}</p>
        <p>{t.arrangeHowTo3}</p>
      </HowToRead>
      {unknown.length > 0 && (
        <p role="alert" data-testid="arrange-problem" className="mb-4 rounded-lg border border-[#f0b59a] bg-[#fdf1ea] px-4 py-3 text-sm font-medium text-[#7c2d12]">
          {format(t.unknownSlides, { ids: unknown.join("”, “") })}
        </p>
      )}
      <DeckArranger
        caseId={caseStudy.id}
        items={slides.map((slide) => ({
          id: slide.id,
          kind: slide.kind,
          title: slideTitle(slide, caseStudy.name[locale], locale),
          // A pair is told from the row's other pairs by its two outlets.
          ...(slide.kind === "pair" ? { outlets: slide.sides.map((side) => (caseStudy.outlets.find((o) => o.id === side.outlet)?.name[locale] ?? side.outlet)).join(" · ") } : {}),
          ...(slide.kind === "pair" && slide.alternate ? { alternate: true } : {}),
        }))}
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
          slideListLabel: t.slideListLabel,
        }}
      />
    </>
  );
}
