import type { CaseStudy } from "@/lib/case-study/types";
import type { HandoutView as HandoutViewData } from "@/lib/classroom/handout";
import type { Locale } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { HandoutGlossary, HandoutMatrix } from "./handout";
import { HandoutHeader } from "./handout-header";
import { LandscapePages } from "./landscape-pages";

export interface HandoutViewProps {
  view: HandoutViewData;
  caseStudy: CaseStudy;
  locale: Locale;
}

/** The printable handout: how to read it, both matrices and the glossary of their labels, on landscape pages. */
export function HandoutView({ view, caseStudy, locale }: HandoutViewProps) {
  const { actorRows, eventRows, glossary } = view;
  const t = PRESENT_MESSAGES[locale];
  const o = OVERVIEW_MESSAGES[locale];
  const matrixProps = { outlets: caseStudy.outlets, caseId: caseStudy.id, locale, neverNamed: o.neverNamed, more: { counts: view.moreLabels, text: t.handoutMoreLabels } };
  return (
    <article className="mx-auto max-w-5xl" data-testid="handout">
      {/* Four outlets side by side need the width of a landscape page. */}
      <LandscapePages />
      <HandoutHeader caseId={caseStudy.id} locale={locale} t={t} short={false} />

      <section aria-labelledby="handout-actors" className="mb-6">
        <h2 id="handout-actors" className="mb-2 text-lg font-semibold">
          {t.handoutActors}
        </h2>
        <HandoutMatrix kind="actor" caption={o.actorsCaption} rows={actorRows} {...matrixProps} />
      </section>

      <section aria-labelledby="handout-events" className="mb-6">
        <h2 id="handout-events" className="mb-2 text-lg font-semibold">
          {t.handoutEvents}
        </h2>
        <HandoutMatrix kind="event" caption={o.eventsCaption} rows={eventRows} {...matrixProps} />
      </section>

      <section aria-labelledby="handout-glossary" className="print:break-before-page">
        <h2 id="handout-glossary" className="mb-2 text-lg font-semibold">
          {t.handoutGlossary}
        </h2>
        <HandoutGlossary entries={glossary} caseStudy={caseStudy} locale={locale} t={t} />
      </section>
    </article>
  );
}
