import type { Metadata } from "next";
import { SlideDeck } from "@/components/classroom/slide-deck";
import { SlideView } from "@/components/classroom/slide-views";
import { DECK_PARAMS, deckQuery, resolveDeck } from "@/lib/classroom/deck";
import { arrangePath } from "@/lib/classroom/paths";
import { getSlides, slideTitle } from "@/lib/classroom/slides";
import { localeDirection, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface PresentPageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<PresentPageProps, "params">): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(PRESENT_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/**
 * The classroom deck, full screen: slides generated from the case study, picked, ordered and
 * hidden by the URL (`?slides=…&hide=…`), the slide on screen in `?at=`.
 */
export default async function PresentPage({ params, searchParams }: PresentPageProps) {
  const { locale, analysis } = await findCasePage(params);
  const query = await searchParams;
  const { caseStudy } = analysis;
  const t = PRESENT_MESSAGES[locale];
  const all = getSlides(analysis);
  const deck = resolveDeck(all, { slides: query[DECK_PARAMS.slides], hide: query[DECK_PARAMS.hide], show: query[DECK_PARAMS.show] });
  const leaveHref = localizedHref(arrangePath(caseStudy.id, deckQuery(deck, all)), locale);
  const notice = deck.unknown.length > 0 ? format(t.unknownSlides, { ids: deck.unknown.join("”, “") }) : undefined;

  if (deck.slides.length === 0) {
    return (
      <main className="grid h-dvh place-content-center gap-4 text-center text-2xl">
        {notice && <p role="alert">{notice}</p>}
        <h1 className="font-semibold">{t.noSlides}</h1>
        <a href={leaveHref} className="text-accent-strong underline underline-offset-4">
          {t.noSlidesLink}
        </a>
      </main>
    );
  }

  return (
    <>
      <h1 className="sr-only">{format(t.metaTitle, { case: caseStudy.name[locale] })}</h1>
      <SlideDeck
        slides={deck.slides.map((slide) => ({
          id: slide.id,
          title: slideTitle(slide, caseStudy.name[locale], locale),
          content: <SlideView slide={slide} caseStudy={caseStudy} locale={locale} t={t} />,
        }))}
        dir={localeDirection(locale)}
        leaveHref={leaveHref}
        notice={notice}
        strings={{
          deckLabel: t.deckLabel,
          counter: t.counter,
          counterLabel: t.counterLabel,
          previous: t.previous,
          next: t.next,
          fullscreen: t.fullscreen,
          exitFullscreen: t.exitFullscreen,
          leave: t.leave,
          keysHint: t.keysHint,
        }}
      />
    </>
  );
}
