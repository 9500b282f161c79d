import type { CategoryId, Stance } from "@/lib/case-study/schema";

/**
 * One colour per framing category, used by the reader, the matrix, the charts and the table
 * alike. Drawn from Paul Tol's "muted" and "bright" qualitative schemes, which stay
 * distinguishable for the common forms of colour blindness; text on them is dark (#111).
 */
export const CATEGORY_COLORS: Record<CategoryId, string> = {
  terrorism: "#CC6677",
  extremism: "#AA4499",
  "state-legitimacy": "#88CCEE",
  delegitimization: "#DDCC77",
  liberation: "#44AA99",
  assault: "#EE7733",
  "civilian-harm": "#BBBBBB",
  "foreign-involvement": "#999933",
  "popular-support": "#117733",
  "religious-ideological": "#882255",
};

/** The colour of a plain name (no framing category): a neutral grey that no category uses. */
export const PLAIN_NAME_COLOR = "#E4E4E4";

/** A plain name's edge (dashed) in a matrix, a slide or the glossary: a grey dark enough to see on white. */
export const PLAIN_NAME_EDGE = "#8C8C8C";

/**
 * A category's colour, or the plain-name grey for a label without a framing category.
 *
 * @param category a category id, or null for a plain name
 */
export function categoryColor(category: string | null): string {
  return (category !== null && (CATEGORY_COLORS as Record<string, string>)[category]) || PLAIN_NAME_COLOR;
}

/** Lighter tints of {@link CATEGORY_COLORS} for highlighting running text (keeps it legible). */
export const CATEGORY_TINTS: Record<CategoryId, string> = {
  terrorism: "#F2D4D9",
  extremism: "#EAD0E6",
  "state-legitimacy": "#DDF1FA",
  delegitimization: "#F6F1DC",
  liberation: "#D4EEEA",
  assault: "#FBDDCB",
  "civilian-harm": "#EBEBEB",
  "foreign-involvement": "#E9E9CF",
  "popular-support": "#CCE3D3",
  "religious-ideological": "#E7C9D5",
};

/**
 * Stance colours (blue / grey / vermillion: Okabe–Ito, safe for colour-blind readers). Stance
 * is never told by colour alone: the UI also marks it with a sign (+, =, −) and a line style.
 */
export const STANCE_COLORS: Record<Stance, string> = {
  legitimizing: "#0072B2",
  neutral: "#777777",
  delegitimizing: "#D55E00",
};

/** The sign that marks a stance beside its colour. */
export const STANCE_SIGNS: Record<Stance, string> = {
  legitimizing: "+",
  neutral: "=",
  delegitimizing: "−",
};

/**
 * The line style that marks a stance beside its colour and sign (a label chip's edge, a
 * legend swatch): solid for legitimizing, dotted for neutral, dashed for delegitimizing.
 */
export const STANCE_LINE_STYLES: Record<Stance, "solid" | "dotted" | "dashed"> = {
  legitimizing: "solid",
  neutral: "dotted",
  delegitimizing: "dashed",
};
