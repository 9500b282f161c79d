import { countMentions, sumCounts } from "@/lib/engine";
import type { AnalyzedArticle, CaseAnalysis } from "./analyze-case";

/** The engine's voices, in the order menus list them: the outlet's own words first. */
export const VOICES = ["outlet", "attributed", "distanced"] as const;

/**
 * Which mentions a comparison page counts: every one (`all`), or only those in the outlet's own
 * words (`outlet`), leaving out labels the outlet quotes from someone or holds at a distance.
 */
export type VoiceView = "all" | "outlet";

/** The URL key of the view (`?voice=outlet`); a missing or unknown value means every voice. */
export const VOICE_PARAM = "voice";

/**
 * Read the view from a query-string value.
 *
 * @param value the value of `?voice=` (a repeated key gives a list: its first value counts)
 * @returns `outlet` for `"outlet"`, `all` otherwise
 */
export function parseVoiceView(value: string | readonly string[] | null | undefined): VoiceView {
  const first = typeof value === "string" ? value : value?.[0];
  return first === "outlet" ? "outlet" : "all";
}

/**
 * Set or drop `?voice=outlet` in a query string, every other parameter kept in its place.
 *
 * @param search the current query string, with or without its `?`
 * @param view the view to write
 * @returns the query string without `?`; `voice` is absent for `all`, so the default view has the plain URL
 */
export function withVoiceView(search: string, view: VoiceView): string {
  const params = new URLSearchParams(search);
  if (view === "outlet") params.set(VOICE_PARAM, "outlet");
  else params.delete(VOICE_PARAM);
  // Matrix label keys are slugs joined by colons: keep them readable in a permalink.
  return params.toString().replace(/%3A/gi, ":");
}

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
