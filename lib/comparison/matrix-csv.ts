import type { Outlet } from "@/lib/case-study/schema";
import type { LabelUse, MatrixRow } from "./label-matrix";
import { CSV_BOM, formatCsv } from "./csv";
import type { MatrixKind } from "./occurrences";

export { CSV_BOM, formatCsv };

/** What a CSV cell says when the outlet never names the actor or event: silence is a finding. */
export const NEVER_NAMED = "never named";

/** What a CSV cell says of a plain name in place of a category and stance: it frames nothing. */
export const PLAIN_NAME_MARK = "plain name";

/**
 * A label matrix as CSV: one row per actor (or event), one column per outlet, each cell the
 * labels that outlet used with their counts, most used first, and what each one is
 * (`الجيش الليبي (the Libyan army) ×14 [state-legitimacy, legitimizing]; …`), or "never named". The header
 * names every column in English.
 *
 * @param rows the matrix ({@link buildActorMatrix} or {@link buildEventMatrix})
 * @param outlets the case study's outlets, in column order
 * @param kind which matrix, for the first columns' names
 * @returns the CSV text, without byte-order mark
 */
export function buildMatrixCsv(rows: readonly MatrixRow[], outlets: readonly Pick<Outlet, "id" | "name">[], kind: MatrixKind): string {
  const noun = kind === "actor" ? "Actor" : "Event";
  const header = [`${noun} id`, noun, `${noun} (Arabic)`, ...outlets.map((outlet) => outlet.name.en)];
  // A label filed under the actor it refers to says, by name, what it literally names (another row).
  const names = new Map(rows.map((row) => [row.id, row.name.en]));
  const body = rows.map((row) => [row.id, row.name.en, row.name.ar, ...outlets.map((outlet) => describeLabelUses(row.cells[outlet.id] ?? [], names))]);
  return formatCsv([header, ...body]);
}

/**
 * One matrix cell in words, for a CSV or a screen reader.
 *
 * @param uses the labels of the cell, most used first
 * @param actorNames English actor names by id, for what a re-read label literally names (default: the ids)
 * @returns `form (gloss) ×count [category, stance, n quoted, literally names X] {curator's note: …}`
 *   joined by "; ", or {@link NEVER_NAMED}; a plain name says `[plain name]` where a framing label
 *   gives its category and stance
 */
export function describeLabelUses(uses: readonly LabelUse[], actorNames: ReadonlyMap<string, string> = new Map()): string {
  if (uses.length === 0) return NEVER_NAMED;
  return uses
    .map((use) => {
      const framing = use.category === null ? [PLAIN_NAME_MARK] : [use.category, ...(use.stance ? [use.stance] : [])];
      const literal = use.literal === null ? [] : [`literally names ${actorNames.get(use.literal) ?? use.literal}`];
      const what = [...framing, ...(use.quoted > 0 ? [`${use.quoted} quoted`] : []), ...literal].join(", ");
      const notes = use.notes.map((note) => ` {curator's note: ${note.en}}`).join("");
      return `${use.form} (${use.gloss}) ×${use.count} [${what}]${notes}`;
    })
    .join("; ");
}
