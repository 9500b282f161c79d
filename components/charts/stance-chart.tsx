"use client";

import { Bar, BarChart, CartesianGrid, DefaultZIndexes, ReferenceLine, Tooltip, XAxis, YAxis, ZIndexLayer, usePlotArea, useXAxisScale } from "recharts";
import type { StanceRow } from "@/lib/charts/chart-models";
import { formatCount } from "@/lib/charts/format";
import { STANCE_PATTERNS } from "@/lib/charts/patterns";
import type { Stance } from "@/lib/case-study/schema";
import { AxisTitle } from "./axis-title";
import {
  type Direction,
  INK,
  MUTED,
  NameTick,
  PatternDefs,
  RULE,
  SMALL_FONT_SIZE,
  type TickArgs,
  TooltipBox,
  anchorAt,
  niceAxis,
  useElementWidth,
  useOpenEvidence,
} from "./chart-parts";

export interface StanceChartProps {
  /** Id of the chart's box (the PNG export draws what is in it). */
  id: string;
  outlets: { id: string; name: string; detail: string }[];
  rows: StanceRow[];
  stances: { id: Stance; name: string; color: string; sign: string }[];
  /** outlet id → stance → the evidence behind the segment (none for a zero). */
  hrefs: Record<string, Partial<Record<Stance, string>>>;
  direction: Direction;
  labels: {
    /** The value axis's title. */
    axis: string;
    /** The words at the axis's ends. */
    delegitimizing: string;
    legitimizing: string;
    /** Shown at zero for an outlet that never names the actor. */
    notNamed: string;
  };
}

interface Datum {
  outlet: string;
  l: number;
  n: number;
  d: number;
  /** Neutral labels straddle zero: half on each side. */
  neutralRight: number;
  neutralLeft: number;
  legitimizing: number;
  delegitimizing: number;
}

const ROW_HEIGHT = 60;
const AXIS_HEIGHT = 52;

/** Ids of the textures in this chart's SVG (one stance chart per page). */
const FILL_IDS: Record<Stance, string> = {
  legitimizing: "stance-fill-legitimizing",
  neutral: "stance-fill-neutral",
  delegitimizing: "stance-fill-delegitimizing",
};

/**
 * Labels for one actor by stance, per outlet, as diverging bars: delegitimizing labels to one
 * side of zero, legitimizing ones to the other, neutral ones centred on zero. Each segment also
 * carries its sign and count, and a texture, so colour is never the only cue.
 */
export function StanceChart({ id, outlets, rows, stances, hrefs, direction, labels }: StanceChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const openEvidence = useOpenEvidence();
  const rtl = direction === "rtl";
  const data: Datum[] = rows.map((row) => ({
    outlet: row.outlet,
    l: row.legitimizing,
    n: row.neutral,
    d: row.delegitimizing,
    neutralRight: row.neutral / 2,
    neutralLeft: -row.neutral / 2,
    legitimizing: row.legitimizing,
    delegitimizing: -row.delegitimizing,
  }));
  // One scale on both sides of zero, each side only as long as its longest bar needs (a step
  // at least, so both directions always show).
  const delegitimizingReach = Math.max(0, ...data.map((d) => d.d + d.n / 2));
  const legitimizingReach = Math.max(0, ...data.map((d) => d.l + d.n / 2));
  const step = niceAxis(Math.max(delegitimizingReach, legitimizingReach), 5, true).ticks[1] ?? 1;
  const [minimum, maximum] = [delegitimizingReach, legitimizingReach].map((reach) => Math.max(1, Math.ceil(reach / step - 1e-9)) * step) as [number, number];
  const ticks = Array.from({ length: (minimum + maximum) / step + 1 }, (_, i) => -minimum + i * step);
  const stance = (s: Stance) => stances.find((x) => x.id === s);
  const fill = (s: Stance) => (STANCE_PATTERNS[s] === "solid" ? (stance(s)?.color ?? INK) : `url(#${FILL_IDS[s]})`);
  const labelWidth = Math.min(170, Math.max(90, Math.max(...outlets.map((o) => Math.max(o.name.length, o.detail.length))) * 7.6 + 12));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT + 8;
  const nameOf = (outlet: string) => outlets.find((o) => o.id === outlet);

  const segment = (key: keyof Datum, s: Stance) => (
    <Bar
      key={key}
      dataKey={key}
      stackId="stance"
      isAnimationActive={false}
      fill={fill(s)}
      cursor="pointer"
      onClick={(bar) => openEvidence(hrefs[(bar.payload as Datum | undefined)?.outlet ?? ""]?.[s])}
    />
  );

  return (
    <div id={id} ref={ref} dir={direction} data-testid="stance-chart" className="[&_svg]:[direction:ltr]" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          stackOffset="sign"
          accessibilityLayer={false}
          barCategoryGap="30%"
          margin={{ top: 4, bottom: 0, left: 8, right: 8 }}
        >
          <PatternDefs
            patterns={stances
              .filter((s) => STANCE_PATTERNS[s.id] !== "solid")
              .map((s) => ({ id: FILL_IDS[s.id], color: s.color, pattern: STANCE_PATTERNS[s.id] }))}
          />
          <CartesianGrid horizontal={false} stroke={RULE} />
          <XAxis
            type="number"
            domain={[-minimum, maximum]}
            ticks={ticks}
            tickFormatter={(value: number) => formatCount(Math.abs(value))}
            interval={0}
            reversed={rtl}
            height={AXIS_HEIGHT}
            tick={{ fontSize: SMALL_FONT_SIZE, fill: MUTED }}
            tickLine={false}
            axisLine={{ stroke: RULE }}
            label={{ content: <AxisTitle text={labels.axis} direction={direction} ends={axisEnds(labels, rtl)} /> }}
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
              const outlet = nameOf(String(payload.value));
              return <NameTick x={Number(x)} y={Number(y)} name={outlet?.name ?? String(payload.value)} detail={outlet?.detail} direction={direction} />;
            }}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "rgba(31, 29, 26, 0.05)" }}
            content={({ active, payload }) => {
              const datum = payload?.[0]?.payload as Datum | undefined;
              if (!active || !datum) return null;
              const counts: Record<Stance, number> = { legitimizing: datum.l, neutral: datum.n, delegitimizing: datum.d };
              return (
                <TooltipBox title={nameOf(datum.outlet)?.name ?? datum.outlet} direction={direction}>
                  {[...stances].reverse().map((s) => (
                    <p key={s.id}>
                      {s.sign} {s.name}: {formatCount(counts[s.id])}
                    </p>
                  ))}
                </TooltipBox>
              );
            }}
          />
          {/* Stacked by sign in this order: the neutral halves sit against zero on both sides. */}
          {segment("neutralRight", "neutral")}
          {segment("neutralLeft", "neutral")}
          {segment("legitimizing", "legitimizing")}
          {segment("delegitimizing", "delegitimizing")}
          <ReferenceLine x={0} stroke={INK} strokeWidth={1.5} />
          <ZIndexLayer zIndex={DefaultZIndexes.label}>
            <SegmentLabels data={data} stances={stances} direction={direction} notNamed={labels.notNamed} />
          </ZIndexLayer>
        </BarChart>
      )}
    </div>
  );
}

/** The words at the value axis's ends, with arrows pointing outward, in the text's own order. */
function axisEnds(toward: { delegitimizing: string; legitimizing: string }, rtl: boolean) {
  // Mirrored, legitimizing labels run to the left. An arrow written after an Arabic phrase is
  // drawn at its left end, one written before it at its right end.
  return rtl
    ? { left: `${toward.legitimizing} ←`, right: `→ ${toward.delegitimizing}` }
    : { left: `← ${toward.delegitimizing}`, right: `${toward.legitimizing} →` };
}

/** Sign and count on each segment: inside it where it fits, past its end where it does not. */
function SegmentLabels({
  data,
  stances,
  direction,
  notNamed,
}: {
  data: Datum[];
  stances: StanceChartProps["stances"];
  direction: Direction;
  notNamed: string;
}) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const band = plot.height / data.length;
  const x = (value: number) => Number(scale(value) ?? 0);
  const sign = (s: Stance) => stances.find((x) => x.id === s)?.sign ?? "";
  return (
    <g>
      {data.map((d, i) => {
        const y = plot.y + band * (i + 0.5);
        if (d.l + d.n + d.d === 0) {
          return (
            <text key={d.outlet} x={x(0) + (direction === "rtl" ? -8 : 8)} y={y + 4} textAnchor={anchorAt(direction === "rtl" ? "right" : "left", direction)} direction={direction} fontSize={SMALL_FONT_SIZE} fontStyle="italic" fill={MUTED}>
              {notNamed}
            </text>
          );
        }
        const pills = [];
        if (d.n > 0) pills.push(<Pill key="n" x={x(0)} y={y} text={`${sign("neutral")} ${d.n}`} />);
        for (const [count, s, from, to] of [
          [d.d, "delegitimizing", -d.n / 2, -d.n / 2 - d.d],
          [d.l, "legitimizing", d.n / 2, d.n / 2 + d.l],
        ] as const) {
          if (count === 0) continue;
          const text = `${sign(s)} ${count}`;
          const a = x(from);
          const b = x(to);
          const room = Math.abs(b - a);
          const outward = Math.sign(b - a) || 1;
          const centre = room >= pillWidth(text) + 6 ? (a + b) / 2 : b + outward * (pillWidth(text) / 2 + 4);
          pills.push(<Pill key={s} x={centre} y={y} text={text} />);
        }
        return <g key={d.outlet}>{pills}</g>;
      })}
    </g>
  );
}

function pillWidth(text: string): number {
  return text.length * 7 + 12;
}

/** A count on a white tab, legible on any fill. */
function Pill({ x, y, text }: { x: number; y: number; text: string }) {
  const width = pillWidth(text);
  return (
    <g>
      <rect x={x - width / 2} y={y - 10} width={width} height={20} rx={4} fill="#ffffff" stroke={INK} strokeOpacity={0.3} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={SMALL_FONT_SIZE} fontWeight={600} fill={INK}>
        {text}
      </text>
    </g>
  );
}
