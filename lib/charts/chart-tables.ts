import type { VoiceView } from "@/lib/comparison/voice-url";
import { chartEvidencePath } from "./evidence-links";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { AttentionChartData, CategoryChartData, ChartOutlet, StanceChartData } from "./chart-models";
import { formatCount, formatCounted, formatPercent, formatRate } from "./format";

/** One number of a chart's table, with the evidence behind it. */
export interface NumberCell {
  /** The number as shown ("40.5", "35.7%", "12"). */
  value: string;
  /** The count behind a rate or share, shown in brackets. */
  count?: string;
  /** The evidence table filtered to the mentions behind the number; none for a zero. */
  href?: string;
}

/** A column of a chart's table. */
export interface NumbersColumn {
  id: string;
  label: string;
  /** A second line under the label (an outlet's body words). */
  detail?: string;
}

/** A row of a chart's table. */
export interface NumbersRow {
  id: string;
  header: string;
  cells: NumberCell[];
  /** A sum or a denominator, set apart from the rows above it. */
  summary?: boolean;
}

/** A chart's numbers as a table for every reader, screen readers first. */
export interface NumbersTableModel {
  caption: string;
  /** The header of the row headers' column. */
  corner: string;
  columns: NumbersColumn[];
  rows: NumbersRow[];
}

/**
 * The numbers of the framing-categories chart: a row per category, a column per outlet.
 *
 * @param caseId the case study's id, for the evidence links
 * @param data the chart's data
 * @param locale the interface language
 * @param voice the chart's view: every voice (default) or the outlet's own words, whose evidence the links open
 */
export function buildCategoryTable(caseId: string, data: CategoryChartData, locale: Locale, voice: VoiceView = "all"): NumbersTableModel {
  const t = CHARTS_MESSAGES[locale];
  const rateCell = (outlet: string, value: { per1000: number; count: number } | undefined, category?: string): NumberCell => {
    const count = value?.count ?? 0;
    return {
      value: formatRate(value?.per1000 ?? 0),
      count: formatCount(count),
      href: count === 0 ? undefined : localizedHref(chartEvidencePath(caseId, { outlet: [outlet], category: category === undefined ? [] : [category] }, voice), locale),
    };
  };
  return {
    caption: t.categoryTableCaption,
    corner: t.categoryColumn,
    columns: outletColumns(data.outlets, locale),
    rows: [
      ...data.categories.map((category) => ({
        id: category.id,
        header: category.name,
        cells: data.outlets.map((outlet) => rateCell(outlet.id, data.values[outlet.id]?.[category.id], category.id)),
      })),
      { id: "all", header: t.allCategories, summary: true, cells: data.outlets.map((outlet) => rateCell(outlet.id, data.totals[outlet.id])) },
    ],
  };
}

/**
 * The numbers of the stance chart: a row per outlet, a column per stance and the total.
 *
 * @param caseId the case study's id, for the evidence links
 * @param data the chart's data
 * @param locale the interface language
 * @param voice the chart's view: every voice (default) or the outlet's own words, whose evidence the links open
 */
export function buildStanceTable(caseId: string, data: StanceChartData, locale: Locale, voice: VoiceView = "all"): NumbersTableModel {
  const t = CHARTS_MESSAGES[locale];
  const actor = data.actor.id;
  const countCell = (outlet: string, count: number, stance?: string): NumberCell => ({
    value: formatCount(count),
    href: count === 0 ? undefined : localizedHref(chartEvidencePath(caseId, { outlet: [outlet], actor: [actor], stance: stance === undefined ? [] : [stance] }, voice), locale),
  });
  // Delegitimizing first: the columns run in the chart's order, from one side of zero to the other.
  const stances = [...data.stances].reverse();
  return {
    caption: format(t.stanceTableCaption, { actor: data.actor.name }),
    corner: t.outlet,
    columns: [...stances.map((s) => ({ id: s.id, label: `${s.sign} ${s.name}` })), { id: "total", label: t.total }],
    rows: data.rows.map((row) => {
      const outlet = data.outlets.find((o) => o.id === row.outlet);
      return {
        id: row.outlet,
        header: outlet?.name ?? row.outlet,
        cells: [
          ...stances.map((s) => countCell(row.outlet, row[s.id], s.id)),
          countCell(row.outlet, row.legitimizing + row.neutral + row.delegitimizing),
        ],
      };
    }),
  };
}

/**
 * The numbers of the attention chart: a row per actor, a column per outlet, and the outlets'
 * totals.
 *
 * @param caseId the case study's id, for the evidence links
 * @param data the chart's data
 * @param locale the interface language
 * @param voice the chart's view: every voice (default) or the outlet's own words, whose evidence the links open
 */
export function buildAttentionTable(caseId: string, data: AttentionChartData, locale: Locale, voice: VoiceView = "all"): NumbersTableModel {
  const t = CHARTS_MESSAGES[locale];
  const actorIds = data.actors.map((a) => a.id);
  return {
    caption: t.attentionTableCaption,
    corner: t.actor,
    columns: outletColumns(data.outlets, locale, data.rows),
    rows: [
      ...data.actors.map((actor) => ({
        id: actor.id,
        header: actor.name,
        cells: data.outlets.map((outlet): NumberCell => {
          const share = data.rows.find((r) => r.outlet === outlet.id)?.shares[actor.id];
          const count = share?.count ?? 0;
          return {
            value: `${formatPercent(share?.percent ?? 0)}%`,
            count: formatCount(count),
            href: count === 0 ? undefined : localizedHref(chartEvidencePath(caseId, { outlet: [outlet.id], actor: [actor.id] }, voice), locale),
          };
        }),
      })),
      {
        id: "all",
        header: t.allActors,
        summary: true,
        cells: data.outlets.map((outlet): NumberCell => {
          const total = data.rows.find((r) => r.outlet === outlet.id)?.total ?? 0;
          return {
            value: formatCount(total),
            href: total === 0 ? undefined : localizedHref(chartEvidencePath(caseId, { outlet: [outlet.id], actor: actorIds }, voice), locale),
          };
        }),
      },
    ],
  };
}

function outletColumns(outlets: ChartOutlet[], locale: Locale, attention?: AttentionChartData["rows"]): NumbersColumn[] {
  const t = CHARTS_MESSAGES[locale];
  return outlets.map((outlet) => {
    const total = attention?.find((r) => r.outlet === outlet.id)?.total;
    return {
      id: outlet.id,
      label: outlet.name,
      detail: total === undefined ? formatCounted(outlet.words, t.wordsOne, t.words) : formatCounted(total, t.labelsOne, t.labels),
    };
  });
}
