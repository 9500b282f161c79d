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

/** What the one-page handout prints: both matrices and the glossary of the labels in them. */
export interface HandoutView {
  actorRows: MatrixRow[];
  eventRows: MatrixRow[];
  glossary: GlossaryEntry[];
}

/**
 * The handout of a case study: the actor and event matrices as the overview shows them, and
 * the glossary entries of the labels they print.
 *
 * @param analysis the analyzed case study
 */
export function getHandoutView(analysis: CaseAnalysis): HandoutView {
  const actorRows = buildActorMatrix(analysis);
  const eventRows = buildEventMatrix(analysis);
  return { actorRows, eventRows, glossary: pickHandoutGlossary(buildGlossary(analysis), [actorRows, eventRows]) };
}
