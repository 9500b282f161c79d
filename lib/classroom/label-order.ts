/**
 * Which labels an actor's or event's slide shows first. "Most used" is each outlet's own
 * ranking; "most contrasted" puts first the labels that set the outlet apart from the others:
 * a label scores the uses, by the other outlets and for the same actor, of labels of another
 * stance (an opposite stance, legitimizing against delegitimizing, counts twice; against or
 * from a neutral label, once). For an event, the uses by the other outlets of terms of another
 * category. A plain name frames nothing, so it neither scores nor counts against another
 * label. Ties keep the most used first.
 */
import type { LabelUse } from "@/lib/comparison/label-matrix";
import type { MatrixKind } from "@/lib/comparison/occurrences";
import { toColumn, type RowSlide, type Slide } from "./slides";

/** The orders a teacher can pick, the first the default. */
export const LABEL_ORDERS = ["used", "contrasted"] as const;

/** How a slide orders each outlet's labels. */
export type LabelOrder = (typeof LABEL_ORDERS)[number];

/** The search parameter that carries the order in the deck's and the arrange page's URL. */
export const LABEL_ORDER_PARAM = "order";

/**
 * The order a URL asks for: `?order=contrasted`, else most used.
 *
 * @param raw the parameter as Next gives it
 */
export function readLabelOrder(raw: string | string[] | null | undefined): LabelOrder {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === "contrasted" ? "contrasted" : "used";
}

/**
 * How much one label differs from what the other outlets call the same actor or event.
 *
 * @param kind an actor's row (stances compared) or an event's (categories compared)
 * @param use the label scored
 * @param others every label the other outlets used for the same row
 * @returns the weighted uses of differing labels; 0 for a plain name
 */
export function contrastScore(kind: MatrixKind, use: LabelUse, others: readonly LabelUse[]): number {
  if (use.category === null) return 0;
  let score = 0;
  for (const other of others) {
    if (other.category === null) continue;
    score += weight(kind, use, other) * other.count;
  }
  return score;
}

function weight(kind: MatrixKind, a: LabelUse, b: LabelUse): number {
  if (kind === "event") return a.category !== b.category ? 1 : 0;
  if (!a.stance || !b.stance || a.stance === b.stance) return 0;
  return a.stance !== "neutral" && b.stance !== "neutral" ? 2 : 1;
}

/**
 * Each outlet's labels for one row in the order asked.
 *
 * @param kind the row's kind
 * @param cells per outlet, its labels most used first (as the matrix gives them)
 * @param order the order asked
 * @returns per outlet, its labels reordered (a new list; most used keeps the matrix's order)
 */
export function orderLabels(kind: MatrixKind, cells: Readonly<Record<string, readonly LabelUse[]>>, order: LabelOrder): Record<string, LabelUse[]> {
  const ordered: Record<string, LabelUse[]> = {};
  for (const [outlet, uses] of Object.entries(cells)) {
    if (order === "used") {
      ordered[outlet] = [...uses];
      continue;
    }
    const others = Object.entries(cells).flatMap(([id, list]) => (id === outlet ? [] : list));
    const scores = new Map(uses.map((use) => [use, contrastScore(kind, use, others)]));
    // A stable sort: equal scores keep the most used first.
    ordered[outlet] = [...uses].sort((a, b) => scores.get(b)! - scores.get(a)!);
  }
  return ordered;
}

/**
 * A slide with its columns' labels in the order asked: an actor's or event's slide is
 * re-cut into shown labels and the rest; any other slide is returned as it is.
 *
 * @param slide a slide as built (labels most used first)
 * @param order the order asked
 */
export function orderSlide<S extends Slide>(slide: S, order: LabelOrder): S {
  if (order === "used" || (slide.kind !== "actor" && slide.kind !== "event")) return slide;
  const row = slide as RowSlide;
  const cells = Object.fromEntries(row.columns.map((column) => [column.outlet, [...column.labels, ...column.rest]]));
  const ordered = orderLabels(row.kind, cells, order);
  return { ...row, columns: row.columns.map((column) => toColumn(column.outlet, ordered[column.outlet] ?? [])) } as S;
}
