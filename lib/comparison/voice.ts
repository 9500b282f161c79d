import { countMentions, sumCounts } from "@/lib/engine";
import type { AnalyzedArticle, CaseAnalysis } from "./analyze-case";
import type { VoiceView } from "./voice-url";

/** The own-voice analysis of each analysis object: cached with it, dropped with it. */
const ownVoice = new WeakMap<CaseAnalysis, CaseAnalysis>();

/**
 * The same case study with only the mentions in the outlet's own voice: quoted and distanced
 * labels are dropped and the counts worked out again, so every matrix, summary, chart and CSV
 * built from it shows what the outlets said themselves. Body word counts stay the same, so rates
 * per 1,000 words compare with the full view.
 *
 * @param analysis the analyzed case study
 * @returns a new analysis (computed once per analysis object)
 */
export function ownVoiceOnly(analysis: CaseAnalysis): CaseAnalysis {
  const cached = ownVoice.get(analysis);
  if (cached) return cached;
  const articles = analysis.articles.map((analyzed): AnalyzedArticle => {
    const mentions = analyzed.mentions.filter((m) => m.voice === "outlet");
    return { ...analyzed, mentions, counts: countMentions({ words: analyzed.words, mentions }) };
  });
  const byOutlet = new Map(
    analysis.caseStudy.outlets.map((outlet) => [outlet.id, sumCounts(articles.filter((a) => a.article.outlet.id === outlet.id).map((a) => a.counts))]),
  );
  const own: CaseAnalysis = { caseStudy: analysis.caseStudy, articles, byOutlet };
  ownVoice.set(analysis, own);
  return own;
}

/**
 * The analysis a page shows for a view.
 *
 * @param analysis the analyzed case study
 * @param view every voice, or the outlet's own
 * @returns `analysis` itself for `all`, {@link ownVoiceOnly} for `outlet`
 */
export function analysisForVoice(analysis: CaseAnalysis, view: VoiceView): CaseAnalysis {
  return view === "outlet" ? ownVoiceOnly(analysis) : analysis;
}
