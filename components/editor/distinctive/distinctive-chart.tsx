"use client";

import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from "recharts";
import { AxisTitle } from "@/components/charts/axis-title";
import { type Direction, INK, RULE, SMALL_FONT_SIZE, TICK_FONT_SIZE, type TickArgs, niceAxis, useElementWidth } from "@/components/charts/chart-parts";
import type { DistinctiveTerm } from "@/lib/engine";

export interface DistinctiveChartProps {
  terms: readonly Pick<DistinctiveTerm, "term" | "z">[];
  /** The spelling shown for each term (as the articles write it). */
  spellings: Readonly<Record<string, string>>;
  /** Terms already in the lexicon: drawn in the accent colour, the others in grey. */
  inLexicon: ReadonlySet<string>;
  title: string;
  axis: string;
  direction: Direction;
}

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 44;
const LABEL_WIDTH = 150;
/** The bar colour of a term already in the lexicon (the theme's accent). */
export const IN_LEXICON_COLOR = "#0b5f6b";
/** The bar colour of a term not in the lexicon yet. */
export const OTHER_COLOR = "#8a857c";

/**
 * Horizontal bars of z, one per distinctive term, the highest first; in Arabic the chart
 * mirrors (bars grow leftward from the terms on the right). The numbers are also in the table
 * beside it.
 */
export function DistinctiveChart({ terms, spellings, inLexicon, title, axis, direction }: DistinctiveChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const { end, ticks } = niceAxis(Math.max(0, ...terms.map((t) => t.z)));
  const height = terms.length * ROW_HEIGHT + AXIS_HEIGHT;
  const rtl = direction === "rtl";
  const data = terms.map((t) => ({ term: t.term, label: spellings[t.term] ?? t.term, z: Math.round(t.z * 100) / 100 }));
  return (
    <div ref={ref} className="[&_svg]:[direction:ltr]" style={{ minHeight: height }} data-testid="distinctive-chart">
      {width > 0 && terms.length > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          role="img"
          aria-label={title}
          margin={{ top: 4, bottom: 0, left: rtl ? 30 : 4, right: rtl ? 4 : 30 }}
        >
          <CartesianGrid horizontal={false} stroke={RULE} />
          <XAxis
            type="number"
            domain={[0, end]}
            ticks={ticks}
            reversed={rtl}
            tick={{ fontSize: SMALL_FONT_SIZE, fill: INK }}
            height={AXIS_HEIGHT}
            label={<AxisTitle text={axis} direction={direction} />}
          />
          <YAxis type="category" dataKey="label" orientation={rtl ? "right" : "left"} width={LABEL_WIDTH} tickLine={false} tick={(props: TickArgs) => <TermTick {...props} rtl={rtl} />} interval={0} />
          <Bar dataKey="z" isAnimationActive={false} barSize={18} label={(props: ValueLabelArgs) => <ValueLabel {...props} rtl={rtl} />}>
            {data.map((d) => (
              <Cell key={d.term} fill={inLexicon.has(d.term) ? IN_LEXICON_COLOR : OTHER_COLOR} />
            ))}
          </Bar>
        </BarChart>
      )}
    </div>
  );
}

interface ValueLabelArgs {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** A bar's z just past its far end, whichever way the bar grows. */
function ValueLabel({ x = 0, y = 0, width = 0, height = 0, value, rtl }: ValueLabelArgs & { rtl: boolean }) {
  const start = Number(x);
  const end = start + Number(width);
  const far = rtl ? Math.min(start, end) - 4 : Math.max(start, end) + 4;
  return (
    <text x={far} y={Number(y) + Number(height) / 2 + 4} textAnchor={rtl ? "end" : "start"} fontSize={SMALL_FONT_SIZE} fill={INK}>
      {String(value)}
    </text>
  );
}

/** A term beside its bar, in the Arabic font, its end against the axis. */
function TermTick({ x, y, payload, rtl }: TickArgs & { rtl: boolean }) {
  return (
    <text
      x={Number(x) + (rtl ? 6 : -6)}
      y={Number(y) + 5}
      textAnchor={rtl ? "start" : "end"}
      fontSize={TICK_FONT_SIZE + 3}
      fill={INK}
      style={{ fontFamily: "var(--font-arabic)" }}
    >
      {String(payload.value)}
    </text>
  );
}
