import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { buildGlossary, type GlossaryEntry } from "@/lib/comparison/glossary";
import { buildActorMatrix, buildEventMatrix, type MatrixRow } from "@/lib/comparison/label-matrix";

/**
 * The glossary a handout prints: the entries that appear in its matrices, and only those (the
 * full lexicon is on the glossary page), in lexicon order.
 *
 * @param glossary the case study's glossary ({@link buildGlossary})
 * @param matrices the matrices the handout prints
 * @returns the glossary entries of every label in any cell
 */
export function pickHandoutGlossary<T extends Pick<GlossaryEntry, "entry">>(glossary: readonly T[], matrices: readonly (readonly MatrixRow[])[]): T[] {
  const used = new Set(matrices.flatMap((rows) => rows.flatMap((row) => Object.values(row.cells).flatMap((uses) => uses.map((use) => use.entry)))));
  return glossary.filter((g) => used.has(g.entry.id));
}

/**
 * Labels a handout cell prints, the most used first: with a real lexicon a cell can hold a dozen,
 * and a row taller than the paper would be split across pages. The rest is counted in the cell.
 */
export const HANDOUT_LABELS_PER_CELL = 3;

/** What the one-page handout prints: both matrices and the glossary of the labels in them. */
export interface HandoutView {
  /** Each cell's most used labels (at most {@link HANDOUT_LABELS_PER_CELL}). */
  actorRows: MatrixRow[];
  eventRows: MatrixRow[];
  /** Labels left out of a cell, by row id and outlet id (absent: none). */
  moreLabels: Record<string, Record<string, number>>;
  glossary: GlossaryEntry[];
}

/** Cells cut to their most used labels, and how many each lost. */
function trimCells(rows: readonly MatrixRow[], more: Record<string, Record<string, number>>): MatrixRow[] {
  return rows.map((row) => {
    const cells = Object.fromEntries(
      Object.entries(row.cells).map(([outlet, uses]) => {
        if (uses.length > HANDOUT_LABELS_PER_CELL) (more[row.id] ??= {})[outlet] = uses.length - HANDOUT_LABELS_PER_CELL;
        return [outlet, [...uses].sort((a, b) => b.count - a.count).slice(0, HANDOUT_LABELS_PER_CELL)];
      }),
    );
    return { ...row, cells };
  });
}

/**
 * The handout of a case study: the actor and event matrices as the overview shows them, each
 * cell cut to its most used labels so every row fits on the paper, and the glossary entries of
 * the labels they print.
 *
 * @param analysis the analyzed case study
 */
export function getHandoutView(analysis: CaseAnalysis): HandoutView {
  const moreLabels: Record<string, Record<string, number>> = {};
  const actorRows = trimCells(buildActorMatrix(analysis), moreLabels);
  const eventRows = trimCells(buildEventMatrix(analysis), moreLabels);
  return { actorRows, eventRows, moreLabels, glossary: pickHandoutGlossary(buildGlossary(analysis), [actorRows, eventRows]) };
}
