import type { Metadata } from "next";
import { CaseOverview } from "@/components/matrix/case-overview";
import { PeriodControl } from "@/components/ui/period-control";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { findCasePage, type PageQuery } from "@/lib/pages/find-page";

interface OverviewPageProps {
  params: Promise<{ locale: string; case: string }>;
  /** The period (`from`, `to`) and `articles=all`; the overview's other choices are read in the browser. */
  searchParams: Promise<PageQuery>;
}

export async function generateMetadata({ params }: Pick<OverviewPageProps, "params">): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${OVERVIEW_MESSAGES[locale].metaTitle} — ${analysis.caseStudy.name[locale]}` };
}

/** A case study's overview: how each outlet names each actor and event, and what the case covers. */
export default async function OverviewPage({ params, searchParams }: OverviewPageProps) {
  const query = await searchParams;
  const page = await findCasePage(params, query);
  const { locale, analysis } = page;
  // The page renders per visit anyway (the case layout): every article is listed only when asked for.
  const allArticles = query.articles === "all";
  return (
    <CaseOverview
      data={getOverviewData(analysis, locale)}
      caseStudy={analysis.caseStudy}
      locale={locale}
      allArticles={allArticles}
      periodControl={<PeriodControl page={page} query={query} />}
    />
  );
}
