import { formatArticleDate } from "@/lib/case-study/format-date";
import { analysisForVoice } from "@/lib/comparison/voice";
import type { VoiceView } from "@/lib/comparison/voice-url";
import { CATEGORY_IDS, STANCES, type Stance } from "@/lib/case-study/schema";
import { attentionShares, categoryRates, stanceBars } from "@/lib/comparison/chart-data";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { CATEGORY_COLORS, STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";
import { ACTOR_SHORT_MESSAGES } from "@/lib/i18n/charts-messages";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_NAMES, CATEGORY_SHORT_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { actorColor } from "./actor-colors";

/** An article as a chart's caption lists it. */
export interface ChartArticle {
  id: string;
  /** Its date, as precise as it is known, in the interface language. */
  date: string;
  /** Body words (page chrome excluded). */
  words: number;
}

/** An outlet as the charts show it. */
export interface ChartOutlet {
  id: string;
  /** Its name in the interface language. */
  name: string;
  /** Body words of all its articles. */
  words: number;
  articles: ChartArticle[];
}

/** One series of a chart (a category, a stance, an actor), named in the interface language. */
export interface ChartSeries {
  id: string;
  name: string;
  color: string;
  /** A short name for narrow places (an actor's, a long category's). */
  short?: string;
}

/** A rate per 1,000 body words and the count behind it. */
export interface RateValue {
  per1000: number;
  count: number;
}

/** Chart 1: framing categories per 1,000 body words, per outlet. */
export interface CategoryChartData {
  outlets: ChartOutlet[];
  categories: ChartSeries[];
  /** outlet id → category id → rate. */
  values: Record<string, Record<string, RateValue>>;
  /** outlet id → all framing terms together. */
  totals: Record<string, RateValue>;
}

/** One outlet's labels for the chosen actor, by stance (all counts positive). */
export interface StanceRow {
  outlet: string;
  legitimizing: number;
  neutral: number;
  delegitimizing: number;
}

/** An actor the stance chart can show: one that some outlet labels at least once. */
export interface PickableActor {
  id: string;
  name: string;
  /** Its labels in every outlet together. */
  count: number;
}

/** Chart 2: labels for one actor by stance, per outlet. */
export interface StanceChartData {
  outlets: ChartOutlet[];
  actor: PickableActor;
  actors: PickableActor[];
  stances: (ChartSeries & { id: Stance; sign: string })[];
  /** One row per outlet, in the outlets' order; zeros where an outlet never names the actor. */
  rows: StanceRow[];
}

/** One outlet's actor labels: the total and each actor's share. */
export interface AttentionRow {
  outlet: string;
  total: number;
  /** actor id → share in percent (one decimal) and count. */
  shares: Record<string, { percent: number; count: number }>;
}

/** Chart 3: each actor's share of an outlet's actor labels. */
export interface AttentionChartData {
  outlets: ChartOutlet[];
  /** Actors that some outlet names at least once, in the case study's order. */
  actors: ChartSeries[];
  rows: AttentionRow[];
}

/** The three charts of a case study, in one interface language. */
export interface CaseCharts {
  caseId: string;
  caseName: string;
  /** Every voice, or the outlets' own words alone (`?voice=outlet`): what the counts include. */
  voice: VoiceView;
  outlets: ChartOutlet[];
  category: CategoryChartData;
  stance: StanceChartData;
  attention: AttentionChartData;
}

/**
 * Shape a case study's chart data (lib/comparison/chart-data) for the charts page: names in the
 * interface language, colours from the shared palette, the chosen actor resolved.
 *
 * @param analysis the analyzed case study
 * @param locale the interface language
 * @param actorParam the actor asked for in the URL; an unknown or never-labelled one falls back
 *   to the first labelled actor
 * @param voice count every voice (default) or the outlets' own words alone
 * @returns the data of the three charts
 */
export function buildCaseCharts(fullAnalysis: CaseAnalysis, locale: Locale, actorParam?: string, voice: VoiceView = "all"): CaseCharts {
  const analysis = analysisForVoice(fullAnalysis, voice);
  const { caseStudy } = analysis;
  const outlets = caseStudy.outlets.map((outlet): ChartOutlet => {
    const articles = analysis.articles
      .filter((a) => a.article.outlet.id === outlet.id)
      .sort((a, b) => a.article.date.localeCompare(b.article.date))
      .map((a) => ({ id: a.article.id, date: formatArticleDate(a.article, locale), words: a.words }));
    return { id: outlet.id, name: outlet.name[locale], words: analysis.byOutlet.get(outlet.id)?.words ?? 0, articles };
  });
  return {
    caseId: caseStudy.id,
    caseName: caseStudy.name[locale],
    voice,
    outlets,
    category: buildCategoryChart(analysis, outlets, locale),
    stance: buildStanceChart(analysis, outlets, locale, actorParam),
    attention: buildAttentionChart(analysis, outlets, locale),
  };
}

function buildCategoryChart(analysis: CaseAnalysis, outlets: ChartOutlet[], locale: Locale): CategoryChartData {
  const rows = categoryRates(analysis);
  const values = Object.fromEntries(rows.map((row) => [row.outlet, row.rates]));
  const totals = Object.fromEntries(
    rows.map((row) => {
      const count = Object.values(row.rates).reduce((n, r) => n + r.count, 0);
      return [row.outlet, { count, per1000: row.words === 0 ? 0 : Math.round((count * 10000) / row.words) / 10 }];
    }),
  );
  const categories = CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[locale][id], short: CATEGORY_SHORT_NAMES[locale][id], color: CATEGORY_COLORS[id] }));
  return { outlets, categories, values, totals };
}

function buildStanceChart(analysis: CaseAnalysis, outlets: ChartOutlet[], locale: Locale, actorParam?: string): StanceChartData {
  const bars = stanceBars(analysis);
  const actors = analysis.caseStudy.actors
    .map((actor) => ({
      id: actor.id,
      name: actor.name[locale],
      count: bars.filter((b) => b.actor === actor.id).reduce((n, b) => n + b.legitimizing + b.neutral - b.delegitimizing, 0),
    }))
    .filter((actor) => actor.count > 0);
  const fallback = actors[0] ?? { id: "", name: "", count: 0 };
  const actor = actors.find((a) => a.id === actorParam) ?? fallback;
  const rows = outlets.map((outlet) => {
    const bar = bars.find((b) => b.outlet === outlet.id && b.actor === actor.id);
    return { outlet: outlet.id, legitimizing: bar?.legitimizing ?? 0, neutral: bar?.neutral ?? 0, delegitimizing: Math.abs(bar?.delegitimizing ?? 0) };
  });
  const stances = STANCES.map((id) => ({ id, name: STANCE_NAMES[locale][id], color: STANCE_COLORS[id], sign: STANCE_SIGNS[id] }));
  return { outlets, actor, actors, stances, rows };
}

function buildAttentionChart(analysis: CaseAnalysis, outlets: ChartOutlet[], locale: Locale): AttentionChartData {
  const rows = attentionShares(analysis);
  const shortNames: Record<string, string> = ACTOR_SHORT_MESSAGES[locale];
  const actors = analysis.caseStudy.actors
    .map((actor, index) => ({ id: actor.id, name: actor.name[locale], short: shortNames[actor.id] ?? actor.name[locale], color: actorColor(index) }))
    .filter((actor) => rows.some((row) => (row.shares[actor.id]?.count ?? 0) > 0));
  return { outlets, actors, rows };
}
