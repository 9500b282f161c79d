import type { Metadata } from "next";
import { HandoutView } from "@/components/classroom/handout-view";
import { listCaseStudies } from "@/lib/cases/catalog";
import { getHandoutView } from "@/lib/classroom/handout";
import { LOCALES } from "@/lib/i18n/locale";
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
 * The short one (`?length=short`) is `handout/short`, reached by a rewrite.
 */
export default async function HandoutPage({ params }: HandoutPageProps) {
  const { locale, analysis } = await findCasePage(params);
  return <HandoutView view={getHandoutView(analysis)} caseStudy={analysis.caseStudy} locale={locale} />;
}
