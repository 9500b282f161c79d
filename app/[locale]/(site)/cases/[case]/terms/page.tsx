import type { Metadata } from "next";
import { connection } from "next/server";
import { TermsView } from "@/components/table/terms-view";
import { PeriodControl } from "@/components/ui/period-control";
import { getTermsView } from "@/lib/comparison/terms-view";
import { format } from "@/lib/i18n/messages";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";
import { findCasePage, type PageQuery } from "@/lib/pages/find-page";

interface TermsPageProps {
  params: Promise<{ locale: string; case: string }>;
  /** The table's filters (read by the table itself) and the period (`from`, `to`), read here. */
  searchParams: Promise<PageQuery>;
}

export async function generateMetadata({ params }: TermsPageProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(TABLE_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/** The evidence table: every mention of a case study, and what normalization merged. */
export default async function TermsPage({ params, searchParams }: TermsPageProps) {
  // The view (filters, search, order, page) is in the query: render it for each request, so a
  // permalink's first paint already shows its rows.
  await connection();
  const query = await searchParams;
  const page = await findCasePage(params, query);
  const { locale, analysis } = page;
  return <TermsView view={getTermsView(analysis, locale)} locale={locale} periodControl={<PeriodControl page={page} query={query} />} />;
}
