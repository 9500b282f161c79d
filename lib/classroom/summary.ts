/**
 * The deck's closing slide: the key contrasts in one table. Each main actor and event (one that
 * at least two outlets frame) and, per outlet, its most used framing label for it. A plain name
 * (no category) frames nothing, so it never stands for an outlet's framing: an outlet that only
 * names the actor plainly says so. Rows follow the matrices, so a label counts for the actor it
 * refers to, as the overview counts it.
 */
import type { Bilingual } from "@/lib/case-study/types";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { buildActorMatrix, buildEventMatrix, type LabelUse, type MatrixRow } from "@/lib/comparison/label-matrix";
import type { MatrixKind } from "@/lib/comparison/occurrences";

/** One outlet's framing of one row. */
export interface SummaryCell {
  outlet: string;
  /** Its most used framing label for the row; null when it uses none. */
  label: LabelUse | null;
  /** Whether it names the row at all (with a plain name only, when `label` is null). */
  named: boolean;
}

/** One main actor or event. */
export interface SummaryRow {
  kind: MatrixKind;
  id: string;
  name: Bilingual;
  cells: SummaryCell[];
}

/** The closing slide: the key contrasts per actor and per event. */
export interface SummarySlide {
  kind: "summary";
  id: "summary";
  /** The main actors, then the main events, in the case study's order. */
  rows: SummaryRow[];
}

/** Outlets that must frame an actor or event for it to be a main one (fewer when the case has fewer outlets). */
export const SUMMARY_MIN_OUTLETS = 2;

/**
 * The summary slide of a case study.
 *
 * @param analysis the case study analyzed once
 * @returns the slide, or null when no actor or event is framed by enough outlets (an empty
 *   table teaches nothing)
 */
export function buildSummary(analysis: CaseAnalysis): SummarySlide | null {
  const outlets = analysis.caseStudy.outlets.map((o) => o.id);
  const needed = Math.max(1, Math.min(SUMMARY_MIN_OUTLETS, outlets.length));
  const rows: SummaryRow[] = [];
  const byKind: [MatrixKind, MatrixRow[]][] = [
    ["actor", buildActorMatrix(analysis)],
    ["event", buildEventMatrix(analysis)],
  ];
  for (const [kind, matrix] of byKind) {
    for (const row of matrix) {
      const cells = outlets.map((outlet) => {
        const uses = row.cells[outlet] ?? [];
        return { outlet, label: uses.find((use) => use.category !== null) ?? null, named: uses.length > 0 };
      });
      if (cells.filter((cell) => cell.label !== null).length >= needed) rows.push({ kind, id: row.id, name: row.name, cells });
    }
  }
  return rows.length > 0 ? { kind: "summary", id: "summary", rows } : null;
}
