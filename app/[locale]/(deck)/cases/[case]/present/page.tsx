import type { Metadata } from "next";
import { DeckView } from "@/components/classroom/deck-view";
import { getDeckView } from "@/lib/classroom/deck-view";
import { format } from "@/lib/i18n/messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface PresentPageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<PresentPageProps, "params">): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(PRESENT_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/**
 * The classroom deck, full screen: slides generated from the case study, picked, ordered and
 * hidden by the URL (`?slides=…&hide=…`), the slide on screen in `?at=`.
 */
export default async function PresentPage({ params, searchParams }: PresentPageProps) {
  const { locale, analysis } = await findCasePage(params);
  const view = getDeckView(analysis, await searchParams, locale);
  return <DeckView view={view} caseStudy={analysis.caseStudy} locale={locale} />;
}
