import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArrangeView } from "@/components/classroom/arrange-view";
import { getArrangeView } from "@/lib/classroom/deck-view";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { isLocale } from "@/lib/i18n/locale";
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
  const view = getArrangeView(analysis, await searchParams, locale);
  return <ArrangeView view={view} caseId={analysis.caseStudy.id} locale={locale} />;
}
