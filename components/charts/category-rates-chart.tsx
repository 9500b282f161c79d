"use client";

import { Bar, BarChart, CartesianGrid, DefaultZIndexes, ReferenceLine, Tooltip, XAxis, YAxis, ZIndexLayer, usePlotArea, useXAxisScale } from "recharts";
import type { RateValue } from "@/lib/charts/chart-models";
import { formatCounted, formatRate } from "@/lib/charts/format";
import {
  type Direction,
  INK,
  type TickArgs,
  MUTED,
  NameTick,
  RULE,
  SMALL_FONT_SIZE,
  TooltipBox,
  anchorAt,
  niceAxis,
  useElementWidth,
  useOpenEvidence,
} from "./chart-parts";
import { AxisTitle } from "./axis-title";

export interface CategoryRatesChartProps {
  /** Id of the chart's box (the PNG export draws what is in it). */
  id: string;
  outlets: { id: string; name: string; detail: string }[];
  categories: { id: string; name: string; short?: string; color: string }[];
  /** outlet id → category id → rate. */
  values: Record<string, Record<string, RateValue>>;
  /** outlet id → category id → the evidence behind the bar (none for a zero). */
  hrefs: Record<string, Record<string, string | undefined>>;
  direction: Direction;
  labels: {
    /** The value axis's title ("per 1,000 words"). */
    axis: string;
    /** The title over the category names. */
    column: string;
    /** Tooltip line, with {rate} and {count}; and for a single mention, with {rate}. */
    tooltip: string;
    tooltipOne: string;
  };
}

interface Datum {
  id: string;
  name: string;
  /** The name on the axis. */
  short: string;
  color: string;
  value: number;
  count: number;
  href?: string;
}

const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 46;
const GAP = 20;
// Room beside the longest bar for its value ("58.1"), and at zero for the tick "0".
const VALUE_ROOM = 38;
const EDGE = 10;

/**
 * Framing categories per 1,000 body words as small multiples: one bar chart per outlet, side
 * by side on one scale, the category names once per row of charts. Colours are the reader's.
 */
export function CategoryRatesChart({ id, outlets, categories, values, hrefs, direction, labels }: CategoryRatesChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const openEvidence = useOpenEvidence();
  const max = Math.max(0, ...outlets.flatMap((o) => categories.map((c) => values[o.id]?.[c.id]?.per1000 ?? 0)));
  const axis = niceAxis(max);
  const labelWidth = Math.min(190, Math.max(96, Math.max(...categories.map((c) => (c.short ?? c.name).length)) * 7.4 + 14));
  const columns = width >= 860 ? 4 : width >= 520 ? 2 : 1;
  const barWidth = Math.max(120, Math.floor((width - labelWidth - GAP * (columns - 1)) / columns));
  const height = categories.length * ROW_HEIGHT + AXIS_HEIGHT + 8;
  const rows = Array.from({ length: Math.ceil(outlets.length / columns) }, (_, i) => outlets.slice(i * columns, (i + 1) * columns));

  return (
    <div id={id} ref={ref} dir={direction} data-testid="category-chart" className="grid gap-6 [&_svg]:[direction:ltr]" style={{ minHeight: height + 48 }}>
      {width > 0 &&
        rows.map((row, r) => (
          <div key={r} className="flex items-start" style={{ gap: GAP }}>
            {row.map((outlet, i) => {
              const first = i === 0;
              const data: Datum[] = categories.map((c) => ({
                id: c.id,
                name: c.name,
                short: c.short ?? c.name,
                color: c.color,
                value: values[outlet.id]?.[c.id]?.per1000 ?? 0,
                count: values[outlet.id]?.[c.id]?.count ?? 0,
                href: hrefs[outlet.id]?.[c.id],
              }));
              return (
                <div key={outlet.id} data-chart-panel={outlet.id} style={{ width: barWidth + (first ? labelWidth : 0) }}>
                  <div className="flex h-12 items-end pb-2">
                    {first && (
                      <p data-chart-text className="pe-5 text-end text-xs font-semibold uppercase tracking-wide text-muted" style={{ width: labelWidth }}>
                        {labels.column}
                      </p>
                    )}
                    <div className="min-w-0 flex-1">
                      <p data-chart-text className="truncate text-base font-semibold text-ink">
                        {outlet.name}
                      </p>
                      <p data-chart-text className="text-xs text-muted">
                        {outlet.detail}
                      </p>
                    </div>
                  </div>
                  <BarChart
                    width={barWidth + (first ? labelWidth : 0)}
                    height={height}
                    data={data}
                    layout="vertical"
                    accessibilityLayer={false}
                    barCategoryGap="24%"
                    margin={{ top: 4, bottom: 0, left: direction === "rtl" ? VALUE_ROOM : EDGE, right: direction === "rtl" ? EDGE : VALUE_ROOM }}
                  >
                    <CartesianGrid horizontal={false} stroke={RULE} />
                    <XAxis
                      type="number"
                      domain={[0, axis.end]}
                      ticks={axis.ticks}
                      interval={0}
                      reversed={direction === "rtl"}
                      height={AXIS_HEIGHT}
                      tick={{ fontSize: SMALL_FONT_SIZE, fill: MUTED }}
                      tickLine={false}
                      axisLine={{ stroke: RULE }}
                      label={{ content: <AxisTitle text={labels.axis} direction={direction} /> }}
                    />
                    <YAxis
                      type="category"
                      dataKey="id"
                      orientation={direction === "rtl" ? "right" : "left"}
                      width={first ? labelWidth : 0}
                      hide={!first}
                      interval={0}
                      tickLine={false}
                      axisLine={false}
                      tick={({ x, y, payload }: TickArgs) => (
                        <NameTick x={Number(x)} y={Number(y)} name={data.find((d) => d.id === payload.value)?.short ?? String(payload.value)} direction={direction} />
                      )}
                    />
                    <ReferenceLine x={0} stroke={INK} />
                    <Tooltip
                      isAnimationActive={false}
                      cursor={{ fill: "rgba(31, 29, 26, 0.05)" }}
                      content={({ active, payload }) => {
                        const datum = payload?.[0]?.payload as Datum | undefined;
                        if (!active || !datum) return null;
                        return (
                          <TooltipBox title={`${outlet.name} · ${datum.name}`} direction={direction}>
                            <p>{formatCounted(datum.count, labels.tooltipOne, labels.tooltip, { rate: formatRate(datum.value) })}</p>
                          </TooltipBox>
                        );
                      }}
                    />
                    <Bar
                      dataKey="value"
                      isAnimationActive={false}
                      cursor="pointer"
                      onClick={(bar) => openEvidence((bar.payload as Datum | undefined)?.href)}
                      shape={(bar) => {
                        const datum = bar.payload as Datum;
                        const left = Math.min(bar.x, bar.x + bar.width);
                        return <rect x={left} y={bar.y} width={Math.abs(bar.width)} height={bar.height} fill={datum.color} />;
                      }}
                    />
                    <ZIndexLayer zIndex={DefaultZIndexes.label}>
                      <ValueLabels data={data} direction={direction} />
                    </ZIndexLayer>
                  </BarChart>
                </div>
              );
            })}
          </div>
        ))}
    </div>
  );
}

/** Each bar's value, just past its end. */
function ValueLabels({ data, direction }: { data: Datum[]; direction: Direction }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const band = plot.height / data.length;
  return (
    <g>
      {data.map((d, i) => {
        const end = Number(scale(d.value) ?? 0);
        const x = direction === "rtl" ? end - 5 : end + 5;
        return (
          <text key={d.id} x={x} y={plot.y + band * (i + 0.5) + 4} textAnchor={anchorAt(direction === "rtl" ? "right" : "left", "ltr")} fontSize={SMALL_FONT_SIZE} fill={d.value === 0 ? MUTED : INK}>
            {formatRate(d.value)}
          </text>
        );
      })}
    </g>
  );
}
