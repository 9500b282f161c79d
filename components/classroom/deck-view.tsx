import type { DeckView as DeckViewData } from "@/lib/classroom/deck-view";
import type { CaseStudy } from "@/lib/case-study/types";
import { localeDirection, type Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { SlideDeck } from "./slide-deck";
import { SlideView } from "./slide-views";

export interface DeckViewProps {
  view: DeckViewData;
  caseStudy: CaseStudy;
  locale: Locale;
}

/** The full-screen deck, or, when every slide is hidden, a way back to the arrange page. */
export function DeckView({ view, caseStudy, locale }: DeckViewProps) {
  const t = PRESENT_MESSAGES[locale];
  if (view.slides.length === 0) {
    return (
      <main className="grid h-dvh place-content-center gap-4 text-center text-2xl">
        {view.notice && <p role="alert">{view.notice}</p>}
        <h1 className="font-semibold">{t.noSlides}</h1>
        <a href={view.leaveHref} className="text-accent-strong underline underline-offset-4">
          {t.noSlidesLink}
        </a>
      </main>
    );
  }

  return (
    <>
      <h1 className="sr-only">{format(t.metaTitle, { case: caseStudy.name[locale] })}</h1>
      <SlideDeck
        slides={view.slides.map(({ slide, title }) => ({
          id: slide.id,
          title,
          content: <SlideView slide={slide} caseStudy={caseStudy} locale={locale} t={t} />,
        }))}
        dir={localeDirection(locale)}
        leaveHref={view.leaveHref}
        notice={view.notice}
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
