import type { Metadata } from "next";
import { ShortHandoutView } from "@/components/classroom/short-handout-view";
import { getShortHandoutView } from "@/lib/classroom/short-handout";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface ShortHandoutPageProps {
  params: Promise<{ locale: string; case: string }>;
}

// Served at `/cases/<id>/handout?length=short` (a rewrite in next.config.ts): a page of its own,
// beside the full handout's, rather than one page reading the query.

export async function generateMetadata({ params }: ShortHandoutPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${PRESENT_MESSAGES[locale].handoutShortTitle} — ${analysis.caseStudy.name[locale]}` };
}

/** The short handout: the key contrast, the main actors' matrix and a glossary of its terms, on one or two A4 pages. */
export default async function ShortHandoutPage({ params }: ShortHandoutPageProps) {
  const { locale, analysis } = await findCasePage(params);
  return <ShortHandoutView view={getShortHandoutView(analysis)} caseStudy={analysis.caseStudy} locale={locale} />;
}
