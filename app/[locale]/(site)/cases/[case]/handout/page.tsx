import type { Metadata } from "next";
import { HandoutView } from "@/components/classroom/handout-view";
import { getHandoutView } from "@/lib/classroom/handout";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface HandoutPageProps {
  params: Promise<{ locale: string; case: string }>;
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
