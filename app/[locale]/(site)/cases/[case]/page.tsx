import type { Metadata } from "next";
import { CaseOverview } from "@/components/matrix/case-overview";
import { listCaseStudies } from "@/lib/cases/catalog";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { LOCALES } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface OverviewPageProps {
  params: Promise<{ locale: string; case: string }>;
}

// Both languages of every bundled case are pre-rendered; the open label (`?label=`) is read in the browser.
// Stored case studies (any other id) render on demand; an unknown id is a 404.
export const dynamicParams = true;
export function generateStaticParams() {
  return LOCALES.flatMap((locale) => listCaseStudies().map((caseStudy) => ({ locale, case: caseStudy.id })));
}

export async function generateMetadata({ params }: OverviewPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${OVERVIEW_MESSAGES[locale].metaTitle} — ${analysis.caseStudy.name[locale]}` };
}

/** A case study's overview: how each outlet names each actor and event, and what the case covers. */
export default async function OverviewPage({ params }: OverviewPageProps) {
  const { locale, analysis } = await findCasePage(params);
  return <CaseOverview data={getOverviewData(analysis, locale)} caseStudy={analysis.caseStudy} locale={locale} />;
}
