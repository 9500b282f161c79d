import { ArabicText } from "@/components/ui/arabic-text";
import type { CategoryId, Outlet } from "@/lib/case-study/schema";
import type { LabelUse, MatrixRow } from "@/lib/comparison/label-matrix";
import { labelKey, type MatrixKind } from "@/lib/comparison/occurrences";
import { CATEGORY_COLORS } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { OVERVIEW_MESSAGES, STANCE_ADJECTIVES, categoryName } from "@/lib/i18n/overview-messages";
import { VOICE_MESSAGES } from "@/lib/i18n/voice-messages";
import { LabelButton } from "./label-button";
import { labelEdgeStyle } from "./label-edge";
import { CuratorNotes, LiteralLine } from "./referent-notes";
import { QuotedMark, StanceSign } from "./stance-sign";
import { LIST_COMMA } from "@/lib/i18n/punctuation";

export interface LabelMatrixProps {
  kind: MatrixKind;
  rows: readonly MatrixRow[];
  outlets: readonly Pick<Outlet, "id" | "name">[];
  locale: Locale;
}

/**
 * A label matrix: rows are actors (or events), columns are outlets, each cell the labels that
 * outlet used for that row, most used first, or an explicit "never named". Each label opens
 * its occurrences. The first column and the header row stay in view while the table scrolls.
 */
export function LabelMatrix({ kind, rows, outlets, locale }: LabelMatrixProps) {
  const t = OVERVIEW_MESSAGES[locale];
  const other: Locale = locale === "ar" ? "en" : "ar";
  // What a re-read label literally names is another row of the actor matrix.
  const rowNames = new Map(rows.map((row) => [row.id, row.name[locale]]));
  return (
    // Below lg the table scrolls sideways under a sticky first column; from lg on it fits, and
    // the header row sticks to the top of the window instead (a scrolling box would hold it).
    // Positioned, so the cells' screen-reader text (absolutely placed) scrolls with the box instead of widening the page.
    <div className="relative overflow-x-auto lg:overflow-visible" data-testid={`${kind}-matrix`}>
      <table className="w-full min-w-[56rem] table-fixed border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{kind === "actor" ? t.actorsCaption : t.eventsCaption}</caption>
        <colgroup>
          <col className="w-40 xl:w-48" />
          {outlets.map((outlet) => (
            <col key={outlet.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="sticky start-0 top-0 z-20 border-b-2 border-ink bg-paper px-3 py-2 text-start align-bottom text-xs font-semibold uppercase tracking-wide text-muted">
              {kind === "actor" ? t.actorColumn : t.eventColumn}
            </th>
            {outlets.map((outlet) => (
              <th key={outlet.id} scope="col" className="sticky top-0 z-10 border-b-2 border-ink bg-paper px-3 py-2 text-start align-bottom">
                <span className="block text-base font-semibold text-ink">{outlet.name[locale]}</span>
                <NameInOtherLanguage name={outlet.name[other]} locale={other} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="sticky start-0 z-10 border-b border-rule bg-paper px-3 py-3 text-start align-top font-normal">
                <span className="block font-semibold leading-snug text-ink">{row.name[locale]}</span>
                <NameInOtherLanguage name={row.name[other]} locale={other} />
              </th>
              {outlets.map((outlet) => {
                const uses = row.cells[outlet.id] ?? [];
                return (
                  <td key={outlet.id} data-row={row.id} data-outlet={outlet.id} className="matrix-cell">
                    {uses.length === 0 ? (
                      <p className="px-1 py-1 text-sm italic text-muted">{t.neverNamed}</p>
                    ) : (
                      <ul className="matrix-uses">
                        {uses.every((use) => use.quoted === use.count) && (
                          <li className="voice-own px-1 py-1 text-sm italic text-muted">{VOICE_MESSAGES[locale].onlyOthersWords}</li>
                        )}
                        {uses.map((use) => (
                          <li key={use.entry} className={use.quoted === use.count ? "voice-others-only" : undefined}>
                            <LabelChip use={use} kind={kind} rowId={row.id} outletId={outlet.id} locale={locale} literalName={use.literal === null ? null : (rowNames.get(use.literal) ?? use.literal)} />
                            <CuratorNotes notes={use.notes} locale={locale} />
                          </li>
                        ))}
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

/** A row's or outlet's name in the other interface language, smaller, under the first. */
function NameInOtherLanguage({ name, locale }: { name: string; locale: Locale }) {
  // An isolated run inside a block of the page's direction: it aligns with the name above it.
  return (
    <span className="block text-xs font-normal leading-snug text-muted">
      {locale === "ar" ? <ArabicText className="text-sm">{name}</ArabicText> : <bdi lang="en">{name}</bdi>}
    </span>
  );
}

interface LabelChipProps {
  use: LabelUse;
  kind: MatrixKind;
  rowId: string;
  outletId: string;
  locale: Locale;
  /** The name of the actor the label literally names, when it is filed under another. */
  literalName: string | null;
}

/**
 * One label: its Arabic form, count, stance sign and quoted marker, its English gloss under
 * it, and an edge in the stance's colour and line style (for an event's term, in its
 * category's colour, the category written out). A plain name, which frames nothing, has a
 * dashed grey edge and border, no stance sign, and says "plain name".
 */
function LabelChip({ use, kind, rowId, outletId, locale, literalName }: LabelChipProps) {
  const t = OVERVIEW_MESSAGES[locale];
  const plain = use.category === null;
  // Quoted uses are the ones not in the outlet's own voice (attributed or distanced).
  const own = use.count - use.quoted;
  const separator = LIST_COMMA[locale];
  const usedTimes = (count: number) => (count === 1 ? t.usedOnce : format(t.usedTimes, { count }));
  return (
    <LabelButton
      labelKey={labelKey({ outlet: outletId, entry: use.entry, row: rowId })}
      className={plain ? "label-chip label-chip-plain-name" : "label-chip"}
      style={labelEdgeStyle(use, kind)}
    >
      {/* Visible: sign, form, count, quoted marker, gloss. Heard: form, gloss, stance, uses. */}
      {/* Counts in every voice (.voice-all) and in the outlet's own words (.voice-own): the view shows one. */}
      <span className="label-chip-line">
        {use.stance && !plain && <StanceSign stance={use.stance} />}
        <ArabicText className="label-chip-form">{use.form}</ArabicText>
        <span aria-hidden="true" className="label-chip-count">
          <span dir="ltr" className={own === use.count ? undefined : "voice-all"}>
            ×{use.count}
          </span>
          {own !== use.count && (
            <span dir="ltr" className="voice-own">
              ×{own}
            </span>
          )}
        </span>
        {use.quoted > 0 && (
          <span className="voice-all">
            <QuotedMark count={use.quoted} />
          </span>
        )}
      </span>
      <span className="label-chip-gloss">
        <span className="sr-only">, </span>
        <bdi lang="en">{use.gloss}</bdi>
      </span>
      {plain && (
        <span className="label-chip-plain" data-testid="plain-name-marker">
          <span className="sr-only">, </span>
          {t.plainNameMarker}
        </span>
      )}
      {literalName !== null && <LiteralLine actorName={literalName} locale={locale} />}
      {kind === "event" && !plain && (
        <span className="label-chip-category">
          <span className="sr-only">, </span>
          <span aria-hidden="true" className="label-chip-dot" style={{ background: CATEGORY_COLORS[use.category as CategoryId] }} />
          {categoryName(use.category, locale)}
        </span>
      )}
      <span className="sr-only">
        {[
          "",
          ...(use.stance && !plain ? [STANCE_ADJECTIVES[locale][use.stance]] : []),
          "",
        ].join(separator)}
        <span className={own === use.count ? undefined : "voice-all"}>
          {[usedTimes(use.count), ...(use.quoted > 0 ? [format(t.quotedCount, { count: use.quoted })] : [])].join(separator)}
        </span>
        {own !== use.count && <span className="voice-own">{usedTimes(own)}</span>}
      </span>
    </LabelButton>
  );
}
