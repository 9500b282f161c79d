import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { buildGlossary, type GlossaryEntry } from "@/lib/comparison/glossary";
import { pickKeyContrast, type KeyContrastRow } from "@/lib/comparison/key-contrast";
import { buildActorMatrix, type MatrixRow } from "@/lib/comparison/label-matrix";

/** How many actors the short handout's matrix keeps: the most framed, so it fits half a page. */
export const SHORT_HANDOUT_ACTORS = 4;

/** Labels per cell in the short handout's matrix, the most used first. */
export const SHORT_HANDOUT_LABELS_PER_CELL = 2;

/** What the short handout (one or two pages) prints. */
export interface ShortHandoutView {
  /** The key contrast, as the overview's first screen shows it. */
  keyContrast: KeyContrastRow[];
  /**
   * The main actors (the most framing uses), in the case study's order, each cell cut to its most
   * used framing labels (plain names left out: an empty cell has no framing label).
   */
  actorRows: MatrixRow[];
  /** The glossary entries of every label printed above, in lexicon order. */
  glossary: GlossaryEntry[];
}

/**
 * The short handout of a case study: the key contrast, the matrix of its main actors (the ones
 * the outlets frame most often, each cell cut to its most used framing labels) and a glossary of
 * exactly the terms these print. The full handout has every actor, event and plain name.
 *
 * @param analysis the analyzed case study
 */
export function getShortHandoutView(analysis: CaseAnalysis): ShortHandoutView {
  const rows = buildActorMatrix(analysis);
  const keyContrast = pickKeyContrast(
    rows,
    analysis.caseStudy.outlets.map((outlet) => outlet.id),
  );
  const framingUses = (row: MatrixRow) => Object.values(row.cells).reduce((sum, uses) => sum + uses.reduce((n, use) => n + (use.category === null ? 0 : use.count), 0), 0);
  const main = new Set(
    rows
      .filter((row) => framingUses(row) > 0)
      .sort((a, b) => framingUses(b) - framingUses(a))
      .slice(0, SHORT_HANDOUT_ACTORS)
      .map((row) => row.id),
  );
  // Framing labels only: a plain name frames nothing, and the short handout has room for what does.
  const actorRows = rows
    .filter((row) => main.has(row.id))
    .map((row) => ({
      ...row,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([outlet, uses]) => [outlet, uses.filter((use) => use.category !== null).slice(0, SHORT_HANDOUT_LABELS_PER_CELL)]),
      ),
    }));
  const printed = new Set([
    ...keyContrast.flatMap((row) => row.positions.flatMap((position) => (position.label ? [position.label.entry] : []))),
    ...actorRows.flatMap((row) => Object.values(row.cells).flatMap((uses) => uses.map((use) => use.entry))),
  ]);
  return { keyContrast, actorRows, glossary: buildGlossary(analysis).filter((g) => printed.has(g.entry.id)) };
}

/**
 * The key contrast as matrix rows, one label per cell (none where the outlet has no framing
 * label), so the handout's matrix table prints it.
 *
 * @param rows the key contrast
 */
export function keyContrastAsMatrix(rows: readonly KeyContrastRow[]): MatrixRow[] {
  return rows.map((row) => ({
    id: row.actor,
    name: row.name,
    cells: Object.fromEntries(row.positions.map((position) => [position.outlet, position.label ? [position.label] : []])),
  }));
}
