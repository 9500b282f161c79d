import type { Metadata } from "next";
import Link from "next/link";
import { HandoutGlossary, HandoutMatrix } from "@/components/classroom/handout";
import { LandscapePages } from "@/components/classroom/landscape-pages";
import { PrintButton } from "@/components/classroom/print-button";
import { PrintUrl } from "@/components/classroom/print-url";
import { listCaseStudies } from "@/lib/cases/catalog";
import { caseSectionPath } from "@/lib/case-study/paths";
import { pickHandoutGlossary } from "@/lib/classroom/handout";
import { buildGlossary } from "@/lib/comparison/glossary";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";
import { LOCALES, localizedHref } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface HandoutPageProps {
  params: Promise<{ locale: string; case: string }>;
}

export const dynamicParams = true;
export function generateStaticParams() {
  return LOCALES.flatMap((locale) => listCaseStudies().map((caseStudy) => ({ locale, case: caseStudy.id })));
}

export async function generateMetadata({ params }: HandoutPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${PRESENT_MESSAGES[locale].handoutTitle} — ${analysis.caseStudy.name[locale]}` };
}

/**
 * The printable handout: the actor and event matrices and a glossary of every term in them,
 * laid out for A4 paper (the print stylesheet drops the site's chrome and keeps rows whole).
 */
export default async function HandoutPage({ params }: HandoutPageProps) {
  const { locale, analysis } = await findCasePage(params);
  const { caseStudy } = analysis;
  const t = PRESENT_MESSAGES[locale];
  const o = OVERVIEW_MESSAGES[locale];
  const actorRows = buildActorMatrix(analysis);
  const eventRows = buildEventMatrix(analysis);
  const glossary = pickHandoutGlossary(buildGlossary(analysis), [actorRows, eventRows]);
  const matrixProps = { outlets: caseStudy.outlets, caseId: caseStudy.id, locale, neverNamed: o.neverNamed };
  return (
    <article className="mx-auto max-w-5xl" data-testid="handout">
      {/* Four outlets side by side need the width of a landscape page. */}
      <LandscapePages />
      <header className="mb-4 border-b-2 border-ink pb-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{t.handoutTitle}</h1>
          <PrintButton label={t.print} />
        </div>
        <p className="mt-1 text-sm leading-relaxed text-muted print:hidden">{t.handoutIntro}</p>
        <p className="mt-2 text-xs leading-relaxed text-ink">{t.handoutKey}</p>
        <PrintUrl template={t.handoutOnline} className="mt-1" />
        <p className="mt-2 print:hidden">
          <Link href={localizedHref(caseSectionPath(caseStudy.id), locale)} className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
            {t.backToOverview}
          </Link>
        </p>
      </header>

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
