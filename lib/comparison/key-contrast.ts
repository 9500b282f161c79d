import type { Bilingual } from "@/lib/case-study/types";
import type { LabelUse, MatrixRow } from "./label-matrix";

/**
 * Where one outlet stands on one actor: its most-used framing label, or why it has none.
 * `plain-only`: it names the actor, but by plain names alone; `never-named`: not at all.
 */
export type OutletPosition = { outlet: string; label: LabelUse } | { outlet: string; label: null; why: "plain-only" | "never-named" };

/** One contested actor and each outlet's position on it, in the case study's outlet order. */
export interface KeyContrastRow {
  actor: string;
  name: Bilingual;
  positions: OutletPosition[];
}

/** How many contested actors the key contrast shows at most: a first screen holds three rows. */
export const KEY_CONTRAST_ACTORS = 3;

/**
 * The key contrast of a case study: the actors on whom the outlets disagree most, and for each
 * outlet its most-used framing label for that actor (a plain name never counts as framing).
 *
 * The rule, the same for every case study: an outlet's position on an actor is the stance of
 * its most-used framing label, or "plain name only" when it names the actor without framing
 * it (silence is no position). An actor is contested when the outlets take two positions or
 * more, or their most-used labels fall in two categories or more. The most contested come
 * first: opposite stances (one outlet legitimizes, another delegitimizes), then the most
 * distinct positions, then the most distinct categories among those labels, then the most
 * framing uses. Ties keep the case study's actor order.
 *
 * @param rows the actor matrix (labels filed under whom they refer to), of the voice shown
 * @param outlets the case study's outlet ids, in its order
 * @param limit how many actors to keep
 * @returns the contested actors, most contested first; empty when the outlets agree on all
 */
export function pickKeyContrast(rows: readonly MatrixRow[], outlets: readonly string[], limit = KEY_CONTRAST_ACTORS): KeyContrastRow[] {
  const scored = rows.map((row, order) => {
    const positions = outlets.map((outlet) => positionOf(outlet, row.cells[outlet] ?? []));
    const labels = positions.flatMap((p) => (p.label ? [p.label] : []));
    const stands = new Set(positions.flatMap((p) => (p.label ? [p.label.stance ?? "unset"] : p.why === "plain-only" ? ["plain-only"] : [])));
    const categories = new Set(labels.map((label) => label.category));
    const uses = Object.values(row.cells).reduce((sum, cell) => sum + cell.reduce((n, use) => n + (use.category === null ? 0 : use.count), 0), 0);
    return { row: { actor: row.id, name: row.name, positions }, rank: [stands.has("legitimizing") && stands.has("delegitimizing") ? 1 : 0, stands.size, categories.size, uses], order, contested: stands.size >= 2 || categories.size >= 2 };
  });
  return scored
    .filter((s) => s.contested)
    .sort((a, b) => compareRanks(b.rank, a.rank) || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.row);
}

/** An outlet's most-used framing label in a matrix cell (the cell lists the most used first). */
function positionOf(outlet: string, uses: readonly LabelUse[]): OutletPosition {
  const label = uses.find((use) => use.category !== null && use.count > 0);
  if (label) return { outlet, label };
  return { outlet, label: null, why: uses.some((use) => use.count > 0) ? "plain-only" : "never-named" };
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
