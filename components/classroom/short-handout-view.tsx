import type { CaseStudy } from "@/lib/case-study/types";
import { keyContrastAsMatrix, type ShortHandoutView as ShortHandoutData } from "@/lib/classroom/short-handout";
import type { Locale } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { HandoutBriefGlossary, HandoutMatrix } from "./handout";
import { HandoutHeader } from "./handout-header";
import { LandscapePages } from "./landscape-pages";

export interface ShortHandoutViewProps {
  view: ShortHandoutData;
  caseStudy: CaseStudy;
  locale: Locale;
}

/**
 * The short handout (`?length=short`), one or two A4 landscape pages: the key contrast, the
 * main actors' matrix and a glossary of the terms these print, laid out as the full handout is.
 */
export function ShortHandoutView({ view, caseStudy, locale }: ShortHandoutViewProps) {
  const t = PRESENT_MESSAGES[locale];
  const o = OVERVIEW_MESSAGES[locale];
  const common = { outlets: caseStudy.outlets, caseId: caseStudy.id, locale };
  return (
    <article className="mx-auto max-w-5xl" data-testid="handout" data-length="short">
      <LandscapePages />
      <HandoutHeader caseId={caseStudy.id} locale={locale} t={t} short />

      <section aria-labelledby="handout-key-contrast" className="mb-3">
        <h2 id="handout-key-contrast" className="mb-1 text-base font-semibold">
          {t.handoutKeyContrast}
        </h2>
        {/* An outlet with no framing label for the actor says so, in place of a label. */}
        <HandoutMatrix kind="actor" caption={o.keyContrastCaption} rows={keyContrastAsMatrix(view.keyContrast)} neverNamed={o.noFramingLabel} testId="handout-key-contrast" withNotes={false} {...common} />
      </section>

      <section aria-labelledby="handout-actors" className="mb-3">
        <h2 id="handout-actors" className="text-base font-semibold">
          {t.handoutMainActors}
        </h2>
        {/* One line for the whole table instead of a "+ N more" in each cell: the two pages hold no more. */}
        <p className="mb-1 text-xs text-muted">{t.handoutMainActorsNote}</p>
        <HandoutMatrix kind="actor" caption={o.actorsCaption} rows={view.actorRows} neverNamed={o.noFramingLabel} withNotes={false} {...common} />
      </section>

      <section aria-labelledby="handout-glossary">
        <h2 id="handout-glossary" className="mb-1 text-base font-semibold">
          {t.handoutShortGlossary}
        </h2>
        <HandoutBriefGlossary entries={view.glossary} locale={locale} />
      </section>
    </article>
  );
}
