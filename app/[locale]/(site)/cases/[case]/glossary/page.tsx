import type { Metadata } from "next";
import { GlossaryView } from "@/components/glossary/glossary-view";
import { PeriodControl } from "@/components/ui/period-control";
import { getGlossaryView } from "@/lib/comparison/glossary-view";
import { GLOSSARY_MESSAGES } from "@/lib/i18n/glossary-messages";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface GlossaryPageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: GlossaryPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(GLOSSARY_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/** A case study's glossary: every lexicon entry, what it means, why it frames and who used it; searchable by `?q=`. */
export default async function GlossaryPage({ params, searchParams }: GlossaryPageProps) {
  const query = await searchParams;
  const page = await findCasePage(params, query);
  const { locale, analysis } = page;
  const view = getGlossaryView(analysis, query.q, locale);
  return (
    <GlossaryView
      {...view}
      locale={locale}
      messages={GLOSSARY_MESSAGES[locale]}
      howToReadTitle={NAV_MESSAGES[locale].howToRead}
      periodControl={<PeriodControl page={page} query={query} />}
    />
  );
}
