import type { CSSProperties } from "react";
import { StanceSign } from "@/components/matrix/stance-sign";
import { ArabicText } from "@/components/ui/arabic-text";
import type { CategoryId } from "@/lib/case-study/schema";
import type { CaseStudy } from "@/lib/case-study/types";
import type { SummaryCell, SummarySlide } from "@/lib/classroom/summary";
import { CATEGORY_COLORS } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { PresentMessages } from "@/lib/i18n/present-messages";
import { STANCE_NAMES, categoryName } from "@/lib/i18n/taxonomy-messages";
import { SlideHeading } from "./slide-heading";

export interface SummarySlideViewProps {
  slide: SummarySlide;
  caseStudy: CaseStudy;
  locale: Locale;
  t: PresentMessages;
}

/**
 * The closing slide: one table, a row per main actor and event, a column per outlet, each cell
 * the outlet's most used framing label (Arabic, gloss, stance or category). On a narrow screen
 * the table scrolls in its own box.
 */
export function SummarySlideView({ slide, caseStudy, locale, t }: SummarySlideViewProps) {
  const outlets = new Map(caseStudy.outlets.map((o) => [o.id, o]));
  const columns = slide.rows[0]?.cells.map((cell) => cell.outlet) ?? [];
  return (
    <div className="flex h-full flex-col">
      <SlideHeading id="slide-title-summary" kicker={t.summaryKicker} title={t.summaryTitle} question={t.summaryQuestion} />
      {/* Positioned, so that the stance names kept for screen readers are clipped with the table on a
          phone; never shrunk, so that a row is never hidden in it (a slide too long scrolls as a whole). */}
      <div role="region" aria-labelledby="slide-title-summary" tabIndex={0} className="relative shrink-0 overflow-x-auto overflow-y-hidden">
        <table data-testid="summary-table" className="w-full min-w-[36em] table-fixed border-collapse text-start">
          <thead>
            <tr className="border-b-[0.12em] border-ink">
              <th scope="col" className="w-[18%] pb-[0.2em] text-start text-[0.85em] font-semibold text-muted">
                {t.summaryRowHeader}
              </th>
              {columns.map((outlet) => (
                <th key={outlet} scope="col" className="pb-[0.2em] ps-[0.5em] text-start text-[1em] font-bold">
                  {outlets.get(outlet)?.name[locale] ?? outlet}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row) => (
              <tr key={`${row.kind}-${row.id}`} data-row={`${row.kind}-${row.id}`} className="border-b border-rule align-top">
                <th scope="row" className="py-[0.1em] text-start font-semibold">
                  <span className="block text-[0.8em] font-semibold uppercase tracking-wide text-accent-strong">{row.kind === "actor" ? t.actorKicker : t.eventKicker}</span>
                  <span className="block text-[0.9em] leading-tight">{row.name[locale]}</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.outlet} data-outlet={cell.outlet} className="py-[0.1em] ps-[0.5em]">
                    <SummaryCellView cell={cell} byStance={row.kind === "actor"} locale={locale} t={t} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-[0.3em] text-[0.8em] leading-tight text-muted">{t.summaryNote}</p>
    </div>
  );
}

function SummaryCellView({ cell, byStance, locale, t }: { cell: SummaryCell; byStance: boolean; locale: Locale; t: PresentMessages }) {
  const { label } = cell;
  if (!label) return <p className="text-[0.85em] italic text-muted">{cell.named ? t.summaryPlainOnly : t.summaryNotNamed}</p>;
  const stance = byStance ? label.stance : null;
  const dot: CSSProperties = { background: CATEGORY_COLORS[label.category as CategoryId] ?? "#777" };
  // Two lines a cell, so that every main row fits one screen: the stance as its sign (named for
  // screen readers; the key is under the table), an event's category written out.
  return (
    <div data-entry={label.entry} data-stance={stance ?? undefined}>
      <p className="flex items-start gap-[0.3em]">
        {stance && <StanceSign stance={stance} name={STANCE_NAMES[locale][stance]} className="mt-[0.25em] size-[1.05em] shrink-0 border-[0.12em] text-[0.8em]" />}
        <ArabicText className="text-[1em] font-semibold leading-tight text-ink">{label.form}</ArabicText>
      </p>
      <p className="text-[0.8em] leading-tight text-ink">
        {!stance && (
          <span className="me-[0.3em] inline-flex items-center gap-[0.3em]">
            <span aria-hidden="true" className="inline-block size-[0.7em] rounded-full" style={dot} />
            <span>{categoryName(label.category, locale)}</span>
            <span className="text-muted">·</span>
          </span>
        )}
        <bdi lang="en">{label.gloss}</bdi>{" "}
        <span className="tabular-nums text-muted" dir="ltr">
          {format(t.uses, { count: label.count })}
        </span>
      </p>
    </div>
  );
}
