import type { ReactNode } from "react";
import type { NumbersTableModel } from "@/lib/charts/chart-tables";
import type { LegendEntry } from "@/lib/charts/compose-svg";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ChartLegend } from "./chart-legend";
import { NumbersTable } from "./numbers-table";

export interface ChartSectionProps {
  /** Unique on the page; the section's anchor. */
  id: string;
  title: string;
  /** What was counted, exactly. */
  caption: string;
  /** Which articles were counted. */
  articles: ReactNode;
  legend: LegendEntry[];
  /** Controls that change the chart (the actor picker). */
  controls?: ReactNode;
  /** The chart, drawn in the browser. */
  chart: ReactNode;
  downloads: ReactNode;
  table: NumbersTableModel;
  locale: Locale;
}

/**
 * One chart with everything that makes it readable: a title, what was counted and from which
 * articles, a legend, downloads, and its numbers as a table linking to the evidence. All of it
 * but the drawing is server HTML.
 */
export function ChartSection({ id, title, caption, articles, legend, controls, chart, downloads, table, locale }: ChartSectionProps) {
  const t = CHARTS_MESSAGES[locale];
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid="chart-section" className="scroll-mt-6 border-t border-rule pt-8">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight text-ink">
          {title}
        </h2>
        {downloads}
      </div>
      <p id={`${id}-caption`} className="mt-2 max-w-4xl text-sm leading-relaxed text-ink" data-testid="chart-caption">
        {caption}
      </p>
      {controls && <div className="mt-4">{controls}</div>}
      <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-caption`} className="mt-4 rounded-xl border border-rule bg-white px-5 pb-4 pt-5">
        <ChartLegend id={id} label={t.legend} entries={legend} />
        <div role="img" aria-label={format(t.chartImage, { title })} className="mt-5">
          {chart}
        </div>
        <div className="mt-3 border-t border-rule pt-3 text-sm leading-relaxed text-muted">{articles}</div>
      </figure>
      <details className="group mt-3 rounded-lg border border-rule bg-white px-4 py-3" data-testid="show-numbers">
        <summary className="cursor-pointer text-sm font-semibold text-accent-strong">{t.showNumbers}</summary>
        <p className="mt-2 text-sm text-muted">{t.numbersNote}</p>
        <div className="mt-3">
          <NumbersTable table={table} />
        </div>
      </details>
    </section>
  );
}
