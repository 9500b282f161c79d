import type { Bilingual } from "@/lib/case-study/types";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";

/**
 * Under a label filed with the actor it refers to, what it literally names: "literally: the
 * Islamic State" under Libya24's داعش in the Shura Council's row.
 */
export function LiteralLine({ actorName, locale }: { actorName: string; locale: Locale }) {
  return <span className="label-chip-literal">{format(OVERVIEW_MESSAGES[locale].literally, { actor: actorName })}</span>;
}

/**
 * The curator's notes on a label's uses, folded under it so that a cell stays a list of
 * labels: a teacher opens the note where the label alone would mislead.
 */
export function CuratorNotes({ notes, locale }: { notes: readonly Bilingual[]; locale: Locale }) {
  if (notes.length === 0) return null;
  return (
    <details className="label-notes" data-testid="curator-notes">
      <summary>{OVERVIEW_MESSAGES[locale].curatorNote}</summary>
      {notes.map((note) => (
        <p key={note.en} lang={locale}>
          {note[locale]}
        </p>
      ))}
    </details>
  );
}

/**
 * The curator's notes on a label, written out (slides and handouts have no folding and no
 * tooltips): one paragraph each, "Curator's note:" before the first.
 */
export function NoteLines({ notes, locale, className }: { notes: readonly Bilingual[]; locale: Locale; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <div data-testid="label-notes" className={className}>
      {notes.map((note, index) => (
        <p key={note.en}>
          {index === 0 && <span className="font-semibold">{OVERVIEW_MESSAGES[locale].curatorNote}: </span>}
          {note[locale]}
        </p>
      ))}
    </div>
  );
}
