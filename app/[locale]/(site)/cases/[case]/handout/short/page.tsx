import type { Metadata } from "next";
import { ShortHandoutView } from "@/components/classroom/short-handout-view";
import { listCaseStudies } from "@/lib/cases/catalog";
import { getShortHandoutView } from "@/lib/classroom/short-handout";
import { LOCALES } from "@/lib/i18n/locale";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface ShortHandoutPageProps {
  params: Promise<{ locale: string; case: string }>;
}

// Served at `/cases/<id>/handout?length=short` (a rewrite in next.config.ts), so it stays
// pre-rendered like the full handout instead of reading the query on every request.
export const dynamicParams = true;
export function generateStaticParams() {
  return LOCALES.flatMap((locale) => listCaseStudies().map((caseStudy) => ({ locale, case: caseStudy.id })));
}

export async function generateMetadata({ params }: ShortHandoutPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${PRESENT_MESSAGES[locale].handoutShortTitle} — ${analysis.caseStudy.name[locale]}` };
}

/** The short handout: the key contrast, the main actors' matrix and a glossary of its terms, on one or two A4 pages. */
export default async function ShortHandoutPage({ params }: ShortHandoutPageProps) {
  const { locale, analysis } = await findCasePage(params);
  return <ShortHandoutView view={getShortHandoutView(analysis)} caseStudy={analysis.caseStudy} locale={locale} />;
}
