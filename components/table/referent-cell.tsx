import type { EvidenceRow } from "@/lib/comparison/evidence";
import type { Locale } from "@/lib/i18n/locale";

export interface ReferentCellProps {
  row: Pick<EvidenceRow, "actor" | "referent" | "noteEn" | "noteAr">;
  /** Actor names in the interface language, by id. */
  names: Readonly<Record<string, string>>;
  locale: Locale;
  /** What the folded note is called. */
  noteLabel: string;
}

/**
 * Whom a mention refers to, stressed when it is not the actor its label names, and the
 * curator's note on it, folded so the row stays one line until a reader opens it.
 */
export function ReferentCell({ row, names, locale, noteLabel }: ReferentCellProps) {
  const note = locale === "ar" ? row.noteAr : row.noteEn;
  const differs = row.referent !== row.actor;
  return (
    <div data-testid="referent-cell">
      {row.referent === null ? <span className="text-muted">—</span> : <span className={differs ? "font-semibold" : undefined}>{names[row.referent] ?? row.referent}</span>}
      {note !== "" && (
        <details className="mt-0.5 text-xs">
          <summary className="cursor-pointer font-medium text-accent">{noteLabel}</summary>
          <p className="mt-1 whitespace-pre-line leading-snug">{note}</p>
        </details>
      )}
    </div>
  );
}
