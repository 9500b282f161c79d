import type { Metadata } from "next";
import { CaseOverview } from "@/components/matrix/case-overview";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface OverviewPageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: OverviewPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${OVERVIEW_MESSAGES[locale].metaTitle} — ${analysis.caseStudy.name[locale]}` };
}

/** A case study's overview: how each outlet names each actor and event, and what the case covers. */
export default async function OverviewPage({ params, searchParams }: OverviewPageProps) {
  const { locale, analysis } = await findCasePage(params);
  // The page renders per visit anyway (the case layout): every article is listed only when asked for.
  const allArticles = (await searchParams).articles === "all";
  return <CaseOverview data={getOverviewData(analysis, locale)} caseStudy={analysis.caseStudy} locale={locale} allArticles={allArticles} />;
}
