import Link from "next/link";
import { labelEdgeStyle } from "@/components/matrix/label-edge";
import { NoteLines } from "@/components/matrix/referent-notes";
import { StanceSign } from "@/components/matrix/stance-sign";
import { ArabicText } from "@/components/ui/arabic-text";
import type { Outlet, Stance } from "@/lib/case-study/schema";
import type { CaseStudy } from "@/lib/case-study/types";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import { type GlossaryEntry, glossaryCountHref } from "@/lib/comparison/glossary";
import { displayForm } from "@/lib/engine";
import type { LabelUse, MatrixRow } from "@/lib/comparison/label-matrix";
import type { MatrixKind } from "@/lib/comparison/occurrences";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { PresentMessages } from "@/lib/i18n/present-messages";
import { format } from "@/lib/i18n/messages";
import { termNote } from "@/lib/i18n/term-note";
import { STANCE_NAMES, categoryName } from "@/lib/i18n/taxonomy-messages";

export interface HandoutMatrixProps {
  kind: MatrixKind;
  caption: string;
  rows: readonly MatrixRow[];
  outlets: readonly Pick<Outlet, "id" | "name">[];
  caseId: string;
  locale: Locale;
  neverNamed: string;
  /** Labels a cell leaves out, by row id and outlet id, with what to say of them ("+ {count} more …"). */
  more?: { counts: Readonly<Record<string, Readonly<Record<string, number>>>>; text: string };
  /** The table's test id, when a page prints two of a kind (default `handout-{kind}-matrix`). */
  testId?: string;
  /** Print the curator's notes under the labels (default); the short handout leaves them to the full one. */
  withNotes?: boolean;
}

/**
 * A label matrix for paper: every cell's labels written out (stance sign, Arabic form, count,
 * gloss), no buttons, each row kept whole on one page. Rows no outlet names are left out.
 */
export function HandoutMatrix({ kind, caption, rows, outlets, caseId, locale, neverNamed, more, testId = `handout-${kind}-matrix`, withNotes = true }: HandoutMatrixProps) {
  const named = rows.filter((row) => Object.values(row.cells).some((uses) => uses.length > 0));
  // On paper the table fits the page; on a phone it keeps readable columns and scrolls in its own box
  // (positioned, so that its screen-reader-only text is clipped with it rather than widening the page).
  return (
    <div className="relative overflow-x-auto print:overflow-visible">
      <table data-testid={testId} className="handout-table w-full min-w-[40rem] table-fixed border-collapse text-sm print:min-w-0">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-[17%]" />
          {outlets.map((o) => (
            <col key={o.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="border-b-2 border-ink px-1.5 py-1 text-start align-bottom text-xs font-semibold uppercase text-muted" />
            {outlets.map((o) => (
              <th key={o.id} scope="col" className="border-b-2 border-ink px-1.5 py-1 text-start align-bottom font-semibold">
                {o.name[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {named.map((row) => (
            <tr key={row.id} data-row={row.id} className="break-inside-avoid">
              <th scope="row" className="border-b border-rule px-1.5 py-1.5 text-start align-top font-semibold leading-snug">
                {row.name[locale]}
              </th>
              {outlets.map((o) => {
                const uses = row.cells[o.id] ?? [];
                return (
                  <td key={o.id} className="border-b border-s border-rule px-1.5 py-1.5 align-top">
                    {uses.length === 0 ? (
                      <span className="text-xs italic text-muted">{neverNamed}</span>
                    ) : (
                      <ul className="grid gap-1">
                        {uses.map((use) => (
                          <li key={use.entry}>
                            <HandoutLabel
                              use={use}
                              byStance={kind === "actor"}
                              href={localizedHref(evidenceTablePath(caseId, { entry: [use.entry], outlet: [o.id], ...(kind === "actor" ? { actor: [row.id] } : {}) }), locale)}
                              locale={locale}
                              withNotes={withNotes}
                            />
                          </li>
                        ))}
                        {more?.counts[row.id]?.[o.id] !== undefined && (
                          <li className="text-xs italic text-muted" data-testid="handout-more-labels">
                            {format(more.text, { count: more.counts[row.id]![o.id]! })}
                          </li>
                        )}
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

/** One label on paper: sign (or category), Arabic form and count on a line, the gloss under it; a plain name says so. */
function HandoutLabel({ use, byStance, href, locale, withNotes }: { use: LabelUse; byStance: boolean; href: string; locale: Locale; withNotes: boolean }) {
  // A plain name frames nothing: no stance sign, its kind written out instead.
  const stance = byStance && use.category !== null ? use.stance : null;
  return (
    <div className="border-s-[3px] ps-1.5" style={labelEdgeStyle(use, byStance ? "actor" : "event")} data-entry={use.entry}>
      <p className="flex items-baseline gap-1">
        {stance && <HandoutSign stance={stance} locale={locale} />}
        <ArabicText className="min-w-0 text-base font-semibold leading-snug">{use.form}</ArabicText>
        <Link href={href} className="ms-auto shrink-0 text-xs font-semibold tabular-nums text-ink no-underline">
          <span dir="ltr">×{use.count}</span>
          {use.quoted > 0 && <span dir="ltr"> “{use.quoted}”</span>}
        </Link>
      </p>
      <p className="text-[0.7rem] leading-snug text-ink">
        <bdi lang="en">{use.gloss}</bdi>
      </p>
      {(!byStance || use.category === null) && <p className="text-[0.7rem] leading-snug text-muted">{categoryName(use.category, locale)}</p>}
      {withNotes && <NoteLines notes={use.notes} locale={locale} className="text-[0.65rem] leading-snug text-ink" />}
    </div>
  );
}

/** A stance's sign in bold type: it survives a grayscale printer where the colour does not. */
function HandoutSign({ stance, withName = false, locale }: { stance: Stance; withName?: boolean; locale: Locale }) {
  return (
    <span className="inline-flex shrink-0 items-center gap-1">
      <StanceSign stance={stance} className="size-4 bg-transparent text-xs" />
      {/* Named in the interface language: a screen reader says "ينزع الشرعية", not the id. */}
      <span className={withName ? undefined : "sr-only"}>{STANCE_NAMES[locale][stance]}</span>
    </span>
  );
}

export interface HandoutGlossaryProps {
  entries: readonly GlossaryEntry[];
  caseStudy: Pick<CaseStudy, "id" | "outlets" | "actors" | "events">;
  locale: Locale;
  t: Pick<PresentMessages, "glossaryUses" | "glossaryCategory" | "glossaryStance" | "glossaryFor">;
}

/**
 * The glossary of a handout: each term of the matrices with its forms, gloss, what it names,
 * its stance or category, the note on why it frames, and the outlets that used it, how often.
 * Two columns on paper, each entry kept whole.
 */
export function HandoutGlossary({ entries, caseStudy, locale, t }: HandoutGlossaryProps) {
  const actors = new Map(caseStudy.actors.map((a) => [a.id, a.name[locale]]));
  const events = new Map(caseStudy.events.map((e) => [e.id, e.name[locale]]));
  return (
    <ul data-testid="handout-glossary" className="gap-x-8 text-sm md:columns-2">
      {entries.map(({ entry, byOutlet }) => (
        <li key={entry.id} data-entry={entry.id} className="mb-2 break-inside-avoid border-b border-rule pb-2">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <ArabicText className="text-base font-semibold leading-snug">{displayForm(entry.forms[0] ?? "")}</ArabicText>
            <bdi lang="en" dir="ltr" className="font-semibold">
              {entry.gloss}
            </bdi>
          </p>
          {entry.forms.length > 1 && (
            <ArabicText as="p" className="text-xs leading-snug text-muted">
              {entry.forms.slice(1).map(displayForm).join(" · ")}
            </ArabicText>
          )}
          <p className="flex flex-wrap items-center gap-x-2 text-xs">
            <span>
              <span className="text-muted">{t.glossaryCategory}: </span>
              {categoryName(entry.category, locale)}
            </span>
            {(entry.actor ?? entry.event) && (
              <span>
                <span className="text-muted">{t.glossaryFor}: </span>
                {entry.actor ? (actors.get(entry.actor) ?? entry.actor) : (events.get(entry.event!) ?? entry.event)}
              </span>
            )}
            {entry.stance && (
              <span className="inline-flex items-center gap-1">
                <span className="text-muted">{t.glossaryStance}: </span>
                <HandoutSign stance={entry.stance} withName locale={locale} />
              </span>
            )}
          </p>
          <NoteText entry={entry} locale={locale} />
          {/* Outlets that never used the term are left out: the line stays short. */}
          <p className="text-xs">
            <span className="text-muted">{t.glossaryUses}: </span>
            {caseStudy.outlets
              .filter((o) => (byOutlet[o.id] ?? 0) > 0)
              .map((o, i) => (
                <span key={o.id}>
                  {i > 0 && " · "}
                  {o.name[locale]}{" "}
                  <Link href={localizedHref(glossaryCountHref(caseStudy.id, entry.id, o.id), locale)} className="font-semibold tabular-nums text-ink">
                    {byOutlet[o.id]}
                  </Link>
                </span>
              ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The short handout's glossary: one line a term (Arabic form, gloss, category, stance sign), in
 * three columns on paper. The full handout's glossary adds every form, the note and the uses.
 */
export function HandoutBriefGlossary({ entries, locale }: { entries: readonly Pick<GlossaryEntry, "entry">[]; locale: Locale }) {
  return (
    <ul data-testid="handout-glossary" className="gap-x-6 text-xs sm:columns-2 lg:columns-3 print:columns-3">
      {entries.map(({ entry }) => (
        <li key={entry.id} data-entry={entry.id} className="mb-1 flex break-inside-avoid flex-wrap items-baseline gap-x-1.5 border-b border-rule pb-1 leading-snug">
          {entry.stance && entry.category !== null && <HandoutSign stance={entry.stance} locale={locale} />}
          <ArabicText className="text-sm font-semibold">{displayForm(entry.forms[0] ?? "")}</ArabicText>
          <bdi lang="en" dir="ltr">
            {entry.gloss}
          </bdi>
          <span className="text-muted">· {categoryName(entry.category, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

/** A glossary entry's note on why its term frames, in the interface language when it is written in it. */
function NoteText({ entry, locale }: { entry: { note: string; note_ar?: string }; locale: Locale }) {
  const note = termNote(entry, locale);
  return (
    <p lang={note.lang} dir={note.dir} className="text-start text-xs leading-snug">
      {note.text}
    </p>
  );
}
