"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useLayoutEffect, useRef, useState } from "react";
import { type FillPattern, patternMarkup } from "@/lib/charts/patterns";

// Colours of the app's theme (app/globals.css), written out: a chart's SVG is also exported as
// an image, where the page's CSS does not reach.
export const INK = "#1f1d1a";
export const MUTED = "#5d5850";
export const RULE = "#dedad2";
export const TICK_FONT_SIZE = 13;
export const SMALL_FONT_SIZE = 12;

/** What a custom axis tick is given (the part of Recharts' tick props these charts read). */
export interface TickArgs {
  x: number | string;
  y: number | string;
  payload: { value: unknown };
}

/** Writing direction of the interface, which the charts mirror. */
export type Direction = "ltr" | "rtl";

/**
 * The `text-anchor` that puts a text's physical left or right edge (or its middle) at x.
 * Charts are drawn in a left-to-right box; a text marked right-to-left swaps start and end.
 *
 * @param edge which part of the text sits at x
 * @param direction the text's own direction
 */
export function anchorAt(edge: "left" | "right" | "middle", direction: Direction): "start" | "end" | "middle" {
  if (edge === "middle") return "middle";
  return (edge === "left") === (direction === "ltr") ? "start" : "end";
}

/**
 * The width of an element, measured after layout and kept up to date; 0 until measured (and on
 * the server, where charts are not drawn).
 *
 * @returns a ref for the element and its width in CSS pixels
 */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A function that opens the evidence behind a bar: charts are drawn for the mouse; the tables
 * under them hold the same links for the keyboard.
 */
export function useOpenEvidence(): (href: string | undefined) => void {
  const router = useRouter();
  return useCallback((href) => {
    if (href) router.push(href);
  }, [router]);
}

/** `<pattern>` definitions for textured fills, inside a chart's SVG. */
export function PatternDefs({ patterns }: { patterns: { id: string; color: string; pattern: FillPattern }[] }) {
  return <defs dangerouslySetInnerHTML={{ __html: patterns.map((p) => patternMarkup(p.id, p.color, p.pattern)).join("") }} />;
}

/**
 * A category-axis tick with a name and, under it, a detail ("395 words"): both in the
 * interface's direction, their end against the axis.
 */
export function NameTick({
  x,
  y,
  name,
  detail,
  direction,
}: {
  x: number;
  y: number;
  name: string;
  detail?: string;
  direction: Direction;
}) {
  // The axis is on the left in a left-to-right layout, on the right when mirrored: either way
  // the text ends at the axis.
  const anchor = anchorAt(direction === "ltr" ? "right" : "left", direction);
  return (
    <g>
      <text x={x} y={detail ? y - 3 : y + 4} textAnchor={anchor} direction={direction} fontSize={TICK_FONT_SIZE} fontWeight={600} fill={INK}>
        {name}
      </text>
      {detail && (
        <text x={x} y={y + 13} textAnchor={anchor} direction={direction} fontSize={SMALL_FONT_SIZE} fill={MUTED}>
          {detail}
        </text>
      )}
    </g>
  );
}

/** The box a chart's tooltip shows, in the interface's direction. */
export function TooltipBox({ title, children, direction }: { title: string; children: ReactNode; direction: Direction }) {
  return (
    <div dir={direction} className="max-w-72 rounded-md border border-rule bg-white px-3 py-2 text-sm shadow-md">
      <p className="font-semibold text-ink">{title}</p>
      <div className="mt-1 grid gap-0.5 text-ink">{children}</div>
    </div>
  );
}

/**
 * A value axis from 0 with round ticks: about `count` intervals of 1, 2, 2.5 or 5 times a power
 * of ten, ending at the first tick at or above the largest value.
 *
 * @param max the largest value drawn
 * @param count about how many intervals (default 4)
 * @param integer whether ticks must be whole numbers (counts)
 * @returns the axis's end and its ticks
 */
export function niceAxis(max: number, count = 4, integer = false): { end: number; ticks: number[] } {
  const rough = Math.max(max, integer ? 1 : 0.1) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiples = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = Math.max(integer ? 1 : 0, (multiples.find((m) => m * power >= rough) ?? 10) * power);
  const end = Math.ceil(max / step - 1e-9) * step || step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= end + step / 1000; i++) ticks.push(Math.round(i * step * 1000) / 1000);
  return { end: Math.round(end * 1000) / 1000, ticks };
}
