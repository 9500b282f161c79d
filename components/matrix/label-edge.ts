import type { CSSProperties } from "react";
import type { CategoryId } from "@/lib/case-study/schema";
import type { LabelUse } from "@/lib/comparison/label-matrix";
import type { MatrixKind } from "@/lib/comparison/occurrences";
import { CATEGORY_COLORS, PLAIN_NAME_EDGE, STANCE_COLORS, STANCE_LINE_STYLES } from "@/lib/comparison/palette";

/**
 * The coloured edge of a label in a matrix, on screen and on paper alike: an actor's label by
 * its stance (colour and line style, so it reads without colour too), an event's term by its
 * category (few of them have a stance); a plain name by a dashed grey line.
 *
 * @param use the label
 * @param kind the matrix it stands in
 * @returns the inline-start border's colour and style
 */
export function labelEdgeStyle(use: Pick<LabelUse, "stance" | "category">, kind: MatrixKind): CSSProperties {
  // A plain name frames nothing: a dashed grey edge, never a stance's or a category's colour.
  if (use.category === null) return { borderInlineStartColor: PLAIN_NAME_EDGE, borderInlineStartStyle: "dashed" };
  return kind === "actor" && use.stance
    ? { borderInlineStartColor: STANCE_COLORS[use.stance], borderInlineStartStyle: STANCE_LINE_STYLES[use.stance] }
    : { borderInlineStartColor: CATEGORY_COLORS[use.category as CategoryId] ?? "var(--color-rule)", borderInlineStartStyle: "solid" };
}
