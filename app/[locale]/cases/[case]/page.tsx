import { notFound } from "next/navigation";
import { CaseStudySummary } from "@/components/case-study/case-study-summary";
import { getCaseStudy, listCaseStudies } from "@/lib/case-study/catalog";
import { LOCALES, isLocale } from "@/lib/i18n/locale";

interface OverviewPageProps {
  params: Promise<{ locale: string; case: string }>;
}

export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.flatMap((locale) => listCaseStudies().map((caseStudy) => ({ locale, case: caseStudy.id })));
}

/** A case study's overview: what it covers, its outlets and its articles. */
export default async function OverviewPage({ params }: OverviewPageProps) {
  const { locale, case: caseId } = await params;
  const caseStudy = getCaseStudy(caseId);
  if (!isLocale(locale) || !caseStudy) notFound();
  return <CaseStudySummary caseStudy={caseStudy} locale={locale} />;
}
