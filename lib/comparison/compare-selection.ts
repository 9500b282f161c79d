import type { CaseAnalysis } from "./analyze-case";

/** How many articles the side-by-side page shows at once. */
export const COMPARE_LIMITS = { min: 2, max: 4 } as const;

/** The articles to show side by side, or what is wrong with the ones the URL asked for. */
export type CompareSelection =
  | { ok: true; articleIds: string[]; isDefault: boolean }
  | { ok: false; problem: "too-few" | "too-many"; count: number; articleIds: string[] }
  | { ok: false; problem: "unknown"; unknown: string[]; articleIds: string[] };

/**
 * Read the `articles` value of the side-by-side page's URL.
 *
 * `a,b,c` and a repeated `articles=a&articles=b` (what a form without script sends) both work;
 * repeated ids count once. With no value at all, the page shows {@link pickContrastingPair}.
 *
 * @param raw the `articles` search parameter as Next gives it
 * @param analysis the analyzed case study
 * @returns the ids in the URL's order, or the problem; `articleIds` then holds the known ones
 */
export function parseCompareSelection(raw: string | string[] | undefined, analysis: CaseAnalysis): CompareSelection {
  if (raw === undefined) return { ok: true, articleIds: pickContrastingPair(analysis), isDefault: true };
  const asked = [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((value) => value.split(",")).map((id) => id.trim()).filter(Boolean))];
  const known = new Set(analysis.articles.map((a) => a.article.id));
  const articleIds = asked.filter((id) => known.has(id));
  const unknown = asked.filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, problem: "unknown", unknown, articleIds };
  if (asked.length < COMPARE_LIMITS.min) return { ok: false, problem: "too-few", count: asked.length, articleIds };
  if (asked.length > COMPARE_LIMITS.max) return { ok: false, problem: "too-many", count: asked.length, articleIds };
  return { ok: true, articleIds, isDefault: false };
}

/**
 * The two articles, from different outlets, whose labels for the same actors pull furthest
 * apart: for every actor both label, legitimizing minus delegitimizing labels in each, the
 * differences added up. A first view that shows the point of comparing, computed, not chosen.
 *
 * @param analysis the analyzed case study
 * @returns two article ids, oldest first; fewer when the case study has fewer articles
 */
export function pickContrastingPair(analysis: CaseAnalysis): string[] {
  const balances = analysis.articles.map(({ article, mentions }) => {
    const balance = new Map<string, number>();
    for (const m of mentions) {
      if (m.chrome || m.referent === null || m.stance === null) continue;
      const sign = m.stance === "legitimizing" ? 1 : m.stance === "delegitimizing" ? -1 : 0;
      balance.set(m.referent, (balance.get(m.referent) ?? 0) + sign);
    }
    return { article, balance };
  });
  let best: { ids: string[]; score: number } = { ids: analysis.articles.slice(0, 2).map((a) => a.article.id), score: -1 };
  for (const [i, a] of balances.entries()) {
    for (const b of balances.slice(i + 1)) {
      if (a.article.outlet.id === b.article.outlet.id) continue;
      let score = 0;
      for (const [actor, value] of a.balance) {
        const other = b.balance.get(actor);
        if (other !== undefined) score += Math.abs(value - other);
      }
      if (score > best.score) best = { ids: [a.article, b.article].sort((x, y) => x.date.localeCompare(y.date)).map((x) => x.id), score };
    }
  }
  return best.ids;
}
