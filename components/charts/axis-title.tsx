"use client";

import { type Direction, MUTED, SMALL_FONT_SIZE } from "./chart-parts";

export interface AxisTitleProps {
  text: string;
  direction: Direction;
  /** The axis's box, given by Recharts when the title is an axis's `label`. */
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  /** Text at the axis's physical left and right ends instead of (or beside) the centred title. */
  ends?: { left: string; right: string };
}

/**
 * The title under a horizontal value axis, in the interface's direction (an Arabic title must
 * be laid out right to left even inside the chart's left-to-right box), with optional words at
 * either end ("← delegitimizing", "legitimizing →").
 */
export function AxisTitle({ text, direction, viewBox, ends }: AxisTitleProps) {
  const x = viewBox?.x ?? 0;
  const width = viewBox?.width ?? 0;
  const y = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) - 6;
  return (
    <g>
      <text x={x + width / 2} y={y} textAnchor="middle" direction={direction} fontSize={SMALL_FONT_SIZE} fontWeight={600} fill={MUTED}>
        {text}
      </text>
      {ends && (
        <>
          <text x={x} y={y} textAnchor={direction === "ltr" ? "start" : "end"} direction={direction} fontSize={SMALL_FONT_SIZE} fill={MUTED}>
            {ends.left}
          </text>
          <text x={x + width} y={y} textAnchor={direction === "ltr" ? "end" : "start"} direction={direction} fontSize={SMALL_FONT_SIZE} fill={MUTED}>
            {ends.right}
          </text>
        </>
      )}
    </g>
  );
}
