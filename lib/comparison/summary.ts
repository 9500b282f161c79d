import type { CaseAnalysis } from "./analyze-case";

/** Labels one outlet used for one actor, by stance. */
export interface StanceTally {
  actor: string;
  legitimizing: number;
  neutral: number;
  delegitimizing: number;
}

/** What an outlet's summary line says, computed from the data. */
export interface OutletSummary {
  outlet: string;
  articles: number;
  words: number;
  mentions: number;
  /** Per actor the outlet names, its labels by stance; most named first. */
  actors: StanceTally[];
  /** Body mentions that only name an actor (plain names), by the actor they refer to: naming is not framing, but it is not silence either. */
  plainNames?: Record<string, number>;
  /** The category the outlet uses most per 1,000 body words, or null when it has no mention. */
  topCategory: { category: string; per1000: number } | null;
}

/**
 * Summarize each outlet: how it labels each actor, by stance, and its most used category.
 *
 * @param analysis the analyzed case study
 * @returns one summary per outlet, in the case study's order
 */
export function summarizeOutlets(analysis: CaseAnalysis): OutletSummary[] {
  return analysis.caseStudy.outlets.map((outlet) => {
    const counts = analysis.byOutlet.get(outlet.id);
    const articles = analysis.articles.filter((a) => a.article.outlet.id === outlet.id).length;
    if (!counts) return { outlet: outlet.id, articles, words: 0, mentions: 0, actors: [], topCategory: null };
    const actors = Object.entries(counts.byActor)
      .map(([actor, s]) => ({ actor, ...s }))
      .sort((a, b) => total(b) - total(a) || a.actor.localeCompare(b.actor));
    const plainNames: Record<string, number> = {};
    for (const a of analysis.articles.filter((x) => x.article.outlet.id === outlet.id)) {
      for (const m of a.mentions) {
        const actor = m.referent ?? m.actor;
        if (!m.chrome && m.category === null && actor !== null) plainNames[actor] = (plainNames[actor] ?? 0) + 1;
      }
    }
    const [top] = Object.entries(counts.byCategory).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return {
      outlet: outlet.id,
      articles,
      words: counts.words,
      mentions: counts.mentions,
      actors,
      plainNames,
      topCategory: top && counts.words > 0 ? { category: top[0], per1000: Math.round((top[1] * 10000) / counts.words) / 10 } : null,
    };
  });
}

const total = (s: StanceTally) => s.legitimizing + s.neutral + s.delegitimizing;

/**
 * The actors every outlet's summary line reports on: the ones the case's outlets label most,
 * all outlets added up, so the lines compare the outlets on the same actors.
 *
 * @param summaries the outlets' summaries ({@link summarizeOutlets})
 * @param count how many actors (default 2)
 * @returns actor ids, most labelled first (ties by id); fewer when fewer actors are named
 */
export function pickSummaryActors(summaries: readonly OutletSummary[], count = 2): string[] {
  const totals = new Map<string, number>();
  for (const summary of summaries) {
    for (const tally of summary.actors) totals.set(tally.actor, (totals.get(tally.actor) ?? 0) + total(tally));
  }
  return [...totals.entries()]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([actor]) => actor);
}
