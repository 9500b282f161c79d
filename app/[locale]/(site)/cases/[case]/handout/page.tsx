import type { Metadata } from "next";
import { HandoutView } from "@/components/classroom/handout-view";
import { ShortHandoutView } from "@/components/classroom/short-handout-view";
import { listCaseStudies } from "@/lib/cases/catalog";
import { getHandoutView } from "@/lib/classroom/handout";
import { getShortHandoutView } from "@/lib/classroom/short-handout";
import { LOCALES } from "@/lib/i18n/locale";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface HandoutPageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const dynamicParams = true;
export function generateStaticParams() {
  return LOCALES.flatMap((locale) => listCaseStudies().map((caseStudy) => ({ locale, case: caseStudy.id })));
}

export async function generateMetadata({ params }: Pick<HandoutPageProps, "params">): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: `${PRESENT_MESSAGES[locale].handoutTitle} — ${analysis.caseStudy.name[locale]}` };
}

/**
 * The printable handout: the actor and event matrices and a glossary of every term in them,
 * laid out for A4 paper (the print stylesheet drops the site's chrome and keeps rows whole).
 * `?length=short`: the short one, the key contrast and the main actors on one or two pages.
 */
export default async function HandoutPage({ params, searchParams }: HandoutPageProps) {
  const { locale, analysis } = await findCasePage(params);
  if ((await searchParams).length === "short") {
    return <ShortHandoutView view={getShortHandoutView(analysis)} caseStudy={analysis.caseStudy} locale={locale} />;
  }
  return <HandoutView view={getHandoutView(analysis)} caseStudy={analysis.caseStudy} locale={locale} />;
}
