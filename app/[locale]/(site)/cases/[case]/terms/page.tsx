import type { Metadata } from "next";
import { connection } from "next/server";
import { EvidenceTable } from "@/components/table/evidence-table";
import { MergedSpellings } from "@/components/table/merged-spellings";
import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import { getEvidenceTable } from "@/lib/comparison/evidence-table";
import { summarizeSpellings } from "@/lib/comparison/spellings";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";
import { findCasePage } from "@/lib/pages/find-page";

interface TermsPageProps {
  params: Promise<{ locale: string; case: string }>;
}

export async function generateMetadata({ params }: TermsPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(TABLE_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/** The evidence table: every mention of a case study, and what normalization merged. */
export default async function TermsPage({ params }: TermsPageProps) {
  // The view (filters, search, order, page) is in the query: render it for each request, so a
  // permalink's first paint already shows its rows.
  await connection();
  const { locale, analysis } = await findCasePage(params);
  const t = TABLE_MESSAGES[locale];
  const { data, wire } = getEvidenceTable(analysis, locale, { noActor: t.noActor, noStance: t.noStance });
  const spellings = summarizeSpellings(data.rows, analysis.caseStudy.lexicon);

  return (
    <>
      <header className="mb-6 max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-base leading-relaxed text-muted">{t.intro}</p>
        <p className="mt-2 text-sm">
          <a href="#merged" className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
            {t.jumpToMerged}
          </a>
        </p>
      </header>

      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        {[t.howRows, t.howChrome, t.howVoice, t.howSearch, t.howFilters, t.howExport].map((text) => (
          <p key={text}>
            <MixedText>{text}</MixedText>
          </p>
        ))}
      </HowToRead>

      <EvidenceTable caseId={analysis.caseStudy.id} locale={locale} data={wire} messages={t} />

      <MergedSpellings caseId={analysis.caseStudy.id} locale={locale} entries={spellings} categoryNames={data.names.category} messages={t} />
    </>
  );
}
