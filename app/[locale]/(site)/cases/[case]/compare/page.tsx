import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompareView } from "@/components/reader/compare-view";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { isLocale } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { getCompareView } from "@/lib/reader/compare-view";

interface ComparePageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<ComparePageProps, "params">): Promise<Metadata> {
  const { locale } = await params;
  return { title: isLocale(locale) ? READER_MESSAGES[locale].compareTitle : "Side by side" };
}

/**
 * Two to four articles side by side (`?articles=a,b`), each tagged as in the reader, with one
 * actor or category singled out in every column (`&actor=lna`, `&category=terrorism`).
 */
export default async function ComparePage({ params, searchParams }: ComparePageProps) {
  const { locale, case: caseId } = await params;
  const analysis = await getCaseAnalysis(caseId);
  if (!isLocale(locale) || !analysis) notFound();
  const view = getCompareView(analysis, await searchParams, locale);
  return <CompareView view={view} caseStudy={analysis.caseStudy} />;
}
