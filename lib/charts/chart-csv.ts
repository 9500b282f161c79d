import type { AttentionChartData, CategoryChartData, StanceChartData } from "./chart-models";
import { toCsv } from "./csv";

/**
 * The framing-categories chart as CSV: one row per outlet × category.
 *
 * @param data the chart's data (names in the interface language)
 * @returns the file's text; columns outlet_id, outlet, category_id, category, mentions,
 *   body_words, per_1000_body_words
 */
export function categoryCsv(data: CategoryChartData): string {
  return toCsv(
    ["outlet_id", "outlet", "category_id", "category", "mentions", "body_words", "per_1000_body_words"],
    data.outlets.flatMap((outlet) =>
      data.categories.map((category) => {
        const value = data.values[outlet.id]?.[category.id];
        return [outlet.id, outlet.name, category.id, category.name, value?.count ?? 0, outlet.words, value?.per1000 ?? 0];
      }),
    ),
  );
}

/**
 * The stance chart as CSV: one row per outlet × stance, for the chart's actor.
 *
 * @param data the chart's data (names in the interface language)
 * @returns the file's text; columns outlet_id, outlet, actor_id, actor, stance, labels
 */
export function stanceCsv(data: StanceChartData): string {
  return toCsv(
    ["outlet_id", "outlet", "actor_id", "actor", "stance", "labels"],
    data.rows.flatMap((row) => {
      const outlet = data.outlets.find((o) => o.id === row.outlet);
      return data.stances.map((stance) => [row.outlet, outlet?.name ?? row.outlet, data.actor.id, data.actor.name, stance.id, row[stance.id]]);
    }),
  );
}

/**
 * The attention chart as CSV: one row per outlet × actor.
 *
 * @param data the chart's data (names in the interface language)
 * @returns the file's text; columns outlet_id, outlet, actor_id, actor, labels,
 *   outlet_actor_labels, share_percent
 */
export function attentionCsv(data: AttentionChartData): string {
  return toCsv(
    ["outlet_id", "outlet", "actor_id", "actor", "labels", "outlet_actor_labels", "share_percent"],
    data.rows.flatMap((row) => {
      const outlet = data.outlets.find((o) => o.id === row.outlet);
      return data.actors.map((actor) => {
        const share = row.shares[actor.id];
        return [row.outlet, outlet?.name ?? row.outlet, actor.id, actor.name, share?.count ?? 0, row.total, share?.percent ?? 0];
      });
    }),
  );
}
