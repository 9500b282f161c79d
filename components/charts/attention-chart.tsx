"use client";

import { Bar, BarChart, CartesianGrid, DefaultZIndexes, Tooltip, XAxis, YAxis, ZIndexLayer, usePlotArea, useXAxisScale } from "recharts";
import type { AttentionRow, ChartSeries } from "@/lib/charts/chart-models";
import { formatCount, formatPercent } from "@/lib/charts/format";
import { format } from "@/lib/i18n/messages";
import { AxisTitle } from "./axis-title";
import {
  type Direction,
  INK,
  MUTED,
  NameTick,
  RULE,
  SMALL_FONT_SIZE,
  type TickArgs,
  TooltipBox,
  useElementWidth,
  useOpenEvidence,
} from "./chart-parts";

export interface AttentionChartProps {
  /** Id of the chart's box (the PNG export draws what is in it). */
  id: string;
  outlets: { id: string; name: string; detail: string }[];
  actors: ChartSeries[];
  rows: AttentionRow[];
  /** outlet id → actor id → the evidence behind the segment (none for a zero). */
  hrefs: Record<string, Record<string, string | undefined>>;
  direction: Direction;
  labels: {
    /** The value axis's title. */
    axis: string;
    /** Tooltip line, with {percent}, {count} and {total}. */
    tooltip: string;
  };
}

interface Datum {
  outlet: string;
  total: number;
  counts: Record<string, number>;
  percents: Record<string, number>;
}

const ROW_HEIGHT = 54;
const AXIS_HEIGHT = 50;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Each actor's share of an outlet's actor labels, as one 100% bar per outlet. Segments carry
 * their actor's short name and share where they fit, so the colours are never the only cue.
 */
export function AttentionChart({ id, outlets, actors, rows, hrefs, direction, labels }: AttentionChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const openEvidence = useOpenEvidence();
  const rtl = direction === "rtl";
  const data: Datum[] = rows.map((row) => ({
    outlet: row.outlet,
    total: row.total,
    counts: Object.fromEntries(actors.map((a) => [a.id, row.shares[a.id]?.count ?? 0])),
    percents: Object.fromEntries(actors.map((a) => [a.id, row.shares[a.id]?.percent ?? 0])),
  }));
  const labelWidth = Math.min(170, Math.max(90, Math.max(...outlets.map((o) => Math.max(o.name.length, o.detail.length))) * 7.6 + 12));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT + 8;
  const outletOf = (outlet: string) => outlets.find((o) => o.id === outlet);

  return (
    <div id={id} ref={ref} dir={direction} data-testid="attention-chart" className="[&_svg]:[direction:ltr]" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          stackOffset="expand"
          accessibilityLayer={false}
          barCategoryGap="26%"
          margin={{ top: 4, bottom: 0, left: rtl ? 16 : 8, right: rtl ? 8 : 16 }}
        >
          <CartesianGrid horizontal={false} stroke={RULE} />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={(value: number) => `${Math.round(value * 100)}%`}
            interval={0}
            reversed={rtl}
            height={AXIS_HEIGHT}
            tick={{ fontSize: SMALL_FONT_SIZE, fill: MUTED }}
            tickLine={false}
            axisLine={{ stroke: RULE }}
            label={{ content: <AxisTitle text={labels.axis} direction={direction} /> }}
          />
          <YAxis
            type="category"
            dataKey="outlet"
            orientation={rtl ? "right" : "left"}
            width={labelWidth}
            interval={0}
            tickLine={false}
            axisLine={false}
            tick={({ x, y, payload }: TickArgs) => {
              const outlet = outletOf(String(payload.value));
              return <NameTick x={Number(x)} y={Number(y)} name={outlet?.name ?? String(payload.value)} detail={outlet?.detail} direction={direction} />;
            }}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "rgba(31, 29, 26, 0.05)" }}
            content={({ active, payload }) => {
              const datum = payload?.[0]?.payload as Datum | undefined;
              if (!active || !datum) return null;
              return (
                <TooltipBox title={outletOf(datum.outlet)?.name ?? datum.outlet} direction={direction}>
                  {actors
                    .filter((a) => (datum.counts[a.id] ?? 0) > 0)
                    .map((a) => (
                      <p key={a.id} className="flex items-baseline gap-2">
                        <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-sm border border-ink/30" style={{ background: a.color }} />
                        <span>
                          {a.name}:{" "}
                          {format(labels.tooltip, {
                            percent: formatPercent(datum.percents[a.id] ?? 0),
                            count: formatCount(datum.counts[a.id] ?? 0),
                            total: formatCount(datum.total),
                          })}
                        </span>
                      </p>
                    ))}
                </TooltipBox>
              );
            }}
          />
          {actors.map((actor) => (
            <Bar
              key={actor.id}
              name={actor.name}
              dataKey={(d: Datum) => d.counts[actor.id] ?? 0}
              stackId="attention"
              fill={actor.color}
              stroke="#ffffff"
              strokeWidth={1.5}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(bar) => openEvidence(hrefs[(bar.payload as Datum | undefined)?.outlet ?? ""]?.[actor.id])}
            />
          ))}
          <ZIndexLayer zIndex={DefaultZIndexes.label}>
            <ShareLabels data={data} actors={actors} direction={direction} />
          </ZIndexLayer>
        </BarChart>
      )}
    </div>
  );
}

/** Each segment's actor and share, or its share alone, where it fits. */
function ShareLabels({ data, actors, direction }: { data: Datum[]; actors: ChartSeries[]; direction: Direction }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const band = plot.height / data.length;
  const x = (fraction: number) => Number(scale(fraction) ?? 0);
  return (
    <g>
      {data.map((d, i) => {
        const y = plot.y + band * (i + 0.5) + 4;
        let before = 0;
        return (
          <g key={d.outlet}>
            {actors.map((actor) => {
              const count = d.counts[actor.id] ?? 0;
              const from = d.total === 0 ? 0 : before / d.total;
              before += count;
              if (count === 0) return null;
              const to = before / d.total;
              const room = Math.abs(x(to) - x(from)) - 8;
              const share = `${formatPercent(d.percents[actor.id] ?? 0)}%`;
              const full = `${actor.short ?? actor.name} ${share}`;
              const text = estimateWidth(full) <= room ? full : estimateWidth(share) <= room ? share : null;
              if (text === null) return null;
              return (
                <text key={actor.id} x={(x(from) + x(to)) / 2} y={y} textAnchor="middle" direction={direction} fontSize={SMALL_FONT_SIZE} fontWeight={600} fill={INK}>
                  {text}
                </text>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

function estimateWidth(text: string): number {
  return text.length * 7;
}
