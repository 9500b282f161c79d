import type { Metadata } from "next";
import { GlossaryView } from "@/components/glossary/glossary-view";
import { caseSectionPath } from "@/lib/case-study/paths";
import { buildGlossary, searchGlossary } from "@/lib/comparison/glossary";
import { GLOSSARY_MESSAGES } from "@/lib/i18n/glossary-messages";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { CATEGORY_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
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
  const { locale, analysis } = await findCasePage(params);
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q) ?? "";
  const { caseStudy } = analysis;
  const glossary = buildGlossary(analysis);
  return (
    <GlossaryView
      locale={locale}
      caseId={caseStudy.id}
      paths={{ glossary: caseSectionPath(caseStudy.id, "glossary") }}
      entries={searchGlossary(glossary, query)}
      total={glossary.length}
      query={query}
      names={{
        outlets: caseStudy.outlets.map((o) => ({ id: o.id, name: o.name[locale] })),
        actors: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name[locale]])),
        events: Object.fromEntries(caseStudy.events.map((e) => [e.id, e.name[locale]])),
        stances: STANCE_NAMES[locale],
        categories: CATEGORY_NAMES[locale],
      }}
      messages={GLOSSARY_MESSAGES[locale]}
      howToReadTitle={NAV_MESSAGES[locale].howToRead}
    />
  );
}
