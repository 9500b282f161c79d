import type { Metadata } from "next";
import { AttentionSection } from "@/components/charts/attention-section";
import { CategoryRatesSection } from "@/components/charts/category-rates-section";
import { ChartsIntro } from "@/components/charts/charts-intro";
import { PeriodControl } from "@/components/ui/period-control";
import { VoicePicker } from "@/components/ui/voice-picker";
import { StanceSection } from "@/components/charts/stance-section";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { VOICE_PARAM, parseVoiceView } from "@/lib/comparison/voice-url";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { LOCALES, isLocale } from "@/lib/i18n/locale";
import { findCasePage } from "@/lib/pages/find-page";
import { format } from "@/lib/i18n/messages";
import { VOICE_MESSAGES } from "@/lib/i18n/voice-messages";

interface ChartsPageProps {
  params: Promise<{ locale: string; case: string }>;
  /** `actor`: the actor of the stance chart; `voice=outlet`: the outlets' own words alone. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: ChartsPageProps): Promise<Metadata> {
  const { locale, case: caseId } = await params;
  const analysis = await getCaseAnalysis(caseId);
  if (!isLocale(locale) || !analysis) return {};
  return { title: format(CHARTS_MESSAGES[locale].metaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/** A case study's charts, per outlet: framing categories, labels by stance, share of attention. */
export default async function ChartsPage({ params, searchParams }: ChartsPageProps) {
  const query = await searchParams;
  const page = await findCasePage(params, query);
  const { locale, analysis } = page;
  const { actor, [VOICE_PARAM]: voiceParam } = query;
  const voice = parseVoiceView(voiceParam);
  const charts = buildCaseCharts(analysis, locale, typeof actor === "string" ? actor : undefined, voice);
  return (
    <div className="grid grid-cols-1 gap-6">
      <ChartsIntro locale={locale} />
      <PeriodControl page={page} query={query} />
      <VoicePicker ownOnly={voice === "outlet"} strings={VOICE_MESSAGES[locale]} updating={CHARTS_MESSAGES[locale].updating} />
      <CategoryRatesSection charts={charts} locale={locale} />
      <StanceSection charts={charts} locale={locale} />
      <AttentionSection charts={charts} locale={locale} />
    </div>
  );
}
