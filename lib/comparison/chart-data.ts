import { CATEGORY_IDS } from "@/lib/case-study/schema";
import type { CaseAnalysis } from "./analyze-case";

/** Per outlet, mentions of each framing category per 1,000 body words. */
export interface CategoryRateRow {
  outlet: string;
  words: number;
  /** category id → rate (one decimal) and the raw count behind it. */
  rates: Record<string, { per1000: number; count: number }>;
}

/**
 * Framing categories per 1,000 body words, per outlet: long and short coverage made comparable.
 *
 * @param analysis the analyzed case study
 * @returns one row per outlet, every category present (0 where unused)
 */
export function categoryRates(analysis: CaseAnalysis): CategoryRateRow[] {
  return analysis.caseStudy.outlets.map((outlet) => {
    const counts = analysis.byOutlet.get(outlet.id);
    const words = counts?.words ?? 0;
    const rates = Object.fromEntries(
      CATEGORY_IDS.map((category) => {
        const count = counts?.byCategory[category] ?? 0;
        return [category, { count, per1000: words === 0 ? 0 : Math.round((count * 10000) / words) / 10 }];
      }),
    );
    return { outlet: outlet.id, words, rates };
  });
}

/** Per outlet and actor, labels by stance; delegitimizing counted negative for diverging bars. */
export interface StanceBar {
  outlet: string;
  actor: string;
  legitimizing: number;
  neutral: number;
  /** Negative: drawn to the left of zero. */
  delegitimizing: number;
}

/**
 * Labels toward each actor by stance, per outlet, for diverging bars.
 *
 * @param analysis the analyzed case study
 * @returns one bar per outlet × actor that the outlet labels at least once
 */
export function stanceBars(analysis: CaseAnalysis): StanceBar[] {
  return analysis.caseStudy.outlets.flatMap((outlet) =>
    analysis.caseStudy.actors.flatMap((actor) => {
      const s = analysis.byOutlet.get(outlet.id)?.byActor[actor.id];
      if (!s) return [];
      return [{ outlet: outlet.id, actor: actor.id, legitimizing: s.legitimizing, neutral: s.neutral, delegitimizing: -s.delegitimizing }];
    }),
  );
}

/** Per outlet, each actor's share of all actor labels. */
export interface AttentionRow {
  outlet: string;
  total: number;
  /** actor id → share in percent (one decimal) and the count behind it. */
  shares: Record<string, { percent: number; count: number }>;
}

/**
 * Share of attention per actor: each actor's labels as a percentage of all the outlet's actor labels.
 *
 * @param analysis the analyzed case study
 * @returns one row per outlet, every actor present (0 where never named)
 */
export function attentionShares(analysis: CaseAnalysis): AttentionRow[] {
  return analysis.caseStudy.outlets.map((outlet) => {
    const byActor = analysis.byOutlet.get(outlet.id)?.byActor ?? {};
    const count = (id: string) => {
      const s = byActor[id];
      return s ? s.legitimizing + s.neutral + s.delegitimizing : 0;
    };
    const total = analysis.caseStudy.actors.reduce((n, a) => n + count(a.id), 0);
    const shares = Object.fromEntries(
      analysis.caseStudy.actors.map((a) => [a.id, { count: count(a.id), percent: total === 0 ? 0 : Math.round((count(a.id) * 1000) / total) / 10 }]),
    );
    return { outlet: outlet.id, total, shares };
  });
}
