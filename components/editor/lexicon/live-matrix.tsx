import type { CSSProperties } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import { ActorRowHeader, ActorTableHead } from "@/components/matrix/actor-table-head";
import { StanceSign } from "@/components/matrix/stance-sign";
import type { Outlet } from "@/lib/case-study/schema";
import type { MatrixRow } from "@/lib/comparison/label-matrix";
import { STANCE_COLORS, STANCE_LINE_STYLES } from "@/lib/comparison/palette";
import type { LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";

export interface LiveMatrixProps {
  rows: readonly MatrixRow[];
  outlets: readonly Pick<Outlet, "id" | "name">[];
  locale: Locale;
  t: LexiconEditorMessages;
  /** Test id of the table's box (default `live-matrix`). */
  testId?: string;
}

/**
 * The actor × outlet matrix of the draft, compact: the overview's rows and cells
 * (`buildActorMatrix`) with each label's form, stance sign and count, so an edit shows in the
 * matrix before it is saved. The overview's own matrix is not reused: its labels open an
 * occurrences dialog that reads the saved case study.
 */
export function LiveMatrix({ rows, outlets, locale, t, testId = "live-matrix" }: LiveMatrixProps) {
  if (rows.length === 0) return <p className="text-sm text-muted">{t.matrixEmpty}</p>;
  return (
    // A long matrix scrolls in its own box, under its header row, so the terms below stay near.
    <div tabIndex={0} role="group" aria-label={t.matrixTitle} className="max-h-[30rem] overflow-auto rounded-md border border-rule bg-paper" data-testid={testId}>
      <table className="w-full min-w-[36rem] table-fixed border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{t.matrixTitle}</caption>
        <ActorTableHead outlets={outlets} locale={locale} actorHeading={t.matrixActor} actorWidth="w-32" sticky />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <ActorRowHeader roomy>{row.name[locale]}</ActorRowHeader>
              {outlets.map((outlet) => {
                const uses = row.cells[outlet.id] ?? [];
                return (
                  <td key={outlet.id} data-row={row.id} data-outlet={outlet.id} className="border-b border-s border-rule px-1.5 py-1.5 align-top">
                    {uses.length === 0 ? (
                      <span className="text-xs italic text-muted">{t.matrixNever}</span>
                    ) : (
                      <ul className="grid grid-cols-[minmax(0,1fr)] gap-1">
                        {uses.map((use) => {
                          const edge: CSSProperties = use.stance
                            ? { borderInlineStartColor: STANCE_COLORS[use.stance], borderInlineStartStyle: STANCE_LINE_STYLES[use.stance] }
                            : {};
                          return (
                            <li key={use.entry} data-entry={use.entry} className="flex items-center gap-1 rounded border border-s-4 border-rule bg-white px-1.5 py-0.5" style={edge}>
                              {use.stance && <StanceSign stance={use.stance} name={STANCE_NAMES[locale][use.stance]} />}
                              <ArabicText className="min-w-0 truncate text-base leading-snug">{use.form}</ArabicText>
                              {/* The margin on a box of the page's direction: on the dir="ltr" run it would mean left. */}
                              <span className="ms-auto shrink-0 font-semibold tabular-nums">
                                <span dir="ltr">×{use.count}</span>
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
