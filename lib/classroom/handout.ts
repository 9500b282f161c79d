import type { GlossaryEntry } from "@/lib/comparison/glossary";
import type { MatrixRow } from "@/lib/comparison/label-matrix";

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
