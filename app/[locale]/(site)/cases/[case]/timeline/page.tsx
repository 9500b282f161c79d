import type { Metadata } from "next";
import { TimelineView } from "@/components/timeline/timeline-view";
import { PeriodControl } from "@/components/ui/period-control";
import { getTimelineView } from "@/lib/comparison/timeline-view";
import { format } from "@/lib/i18n/messages";
import { TIMELINE_MESSAGES } from "@/lib/i18n/timeline-messages";
import { findCasePage, type PageQuery } from "@/lib/pages/find-page";

interface TimelinePageProps {
  params: Promise<{ locale: string; case: string }>;
  /** `actor`: whose labels; `from`, `to`: the period. */
  searchParams: Promise<PageQuery>;
}

export async function generateMetadata({ params }: Pick<TimelinePageProps, "params">): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(TIMELINE_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] || analysis.caseStudy.name.en }) };
}

/** When each outlet used which label for an actor: per outlet and month (or week), linked to the uses. */
export default async function TimelinePage({ params, searchParams }: TimelinePageProps) {
  const query = await searchParams;
  const page = await findCasePage(params, query);
  const view = getTimelineView(page.analysis, query, page.locale);
  const control = <PeriodControl page={page} query={query} />;
  if (!view) return control;
  return <TimelineView view={view} periodControl={control} />;
}
