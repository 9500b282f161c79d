import { type FillPattern, patternMarkup } from "./patterns";

/** An entry of a chart's legend. */
export interface LegendEntry {
  label: string;
  color: string;
  /** Texture over the colour (default solid). */
  pattern?: FillPattern;
}

/** A chart's drawn SVG (serialized, with width and height set), placed in the chart's body. */
export interface ChartPanel {
  svg: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text that sits beside the SVG in the page (a panel's heading), placed in the body. */
export interface ChartText {
  text: string;
  /** The box the text sits in, in the body's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  fontWeight: number;
  color: string;
  /** Where the text sits in its box, on the page (physical: left and right, not start and end). */
  align: "left" | "center" | "right";
}

/** Measures a line of text in the image's font. */
export type MeasureText = (text: string, fontSize: number, fontWeight: number) => number;

/** Everything an exported chart image holds. */
export interface ComposeChartInput {
  title: string;
  /** A line under the title (the unit, or the actor shown). */
  subtitle?: string;
  legend: LegendEntry[];
  /** The chart as drawn on the page: its SVGs and the texts around them, in its own box. */
  body: { width: number; height: number; panels: ChartPanel[]; texts: ChartText[] };
  /** Paragraphs under the chart: what was counted, which articles. */
  notes: string[];
  /** The last line: where the image comes from. */
  source: string;
  lang: string;
  direction: "ltr" | "rtl";
  /** Measures text; defaults to an estimate (the browser passes the canvas's measureText). */
  measureText?: MeasureText;
}

/** A chart as one standalone SVG document. */
export interface ComposedChart {
  svg: string;
  width: number;
  height: number;
}

/** The image's font: the one the page uses (Sans for Latin letters, Naskh for Arabic ones), then the system's. */
export const IMAGE_FONT_FAMILY = `"Noto Sans Arabic Variable", "Noto Naskh Arabic Variable", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif`;

const PAD = 32;
const MIN_CONTENT_WIDTH = 560;
const INK = "#1f1d1a";
const MUTED = "#5d5850";
const RULE = "#dedad2";
const TITLE = { size: 22, weight: 700, line: 30 };
const SUBTITLE = { size: 15, weight: 500, line: 22 };
const LEGEND = { size: 13, weight: 400, line: 24, swatch: 14, gap: 6, spacing: 22 };
const NOTE = { size: 12, weight: 400, line: 18 };

/**
 * Compose an exported chart: title, subtitle, legend, the chart's own SVG(s) and the texts
 * around them, notes on what was counted and a source line, in one SVG document that keeps its
 * meaning outside the app. The layout mirrors for right-to-left languages.
 *
 * @param input what the image holds
 * @returns the SVG document and its size in CSS pixels
 */
export function composeChartSvg(input: ComposeChartInput): ComposedChart {
  const measure = input.measureText ?? estimateTextWidth;
  const rtl = input.direction === "rtl";
  const contentWidth = Math.max(Math.ceil(input.body.width), MIN_CONTENT_WIDTH);
  const width = contentWidth + 2 * PAD;
  // x of a line's start edge (its right edge in a right-to-left image), with the matching anchor.
  const startX = rtl ? width - PAD : PAD;
  const parts: string[] = [];
  const defs: string[] = [];
  let y = PAD;

  const paragraph = (text: string, style: { size: number; weight: number; line: number }, color: string) => {
    for (const line of wrapText(text, contentWidth, style.size, style.weight, measure)) {
      y += style.line;
      parts.push(textElement(line, startX, y - (style.line - style.size) / 2 - 2, style.size, style.weight, color, "start", input.direction));
    }
  };

  paragraph(input.title, TITLE, INK);
  if (input.subtitle) paragraph(input.subtitle, SUBTITLE, MUTED);

  // Legend: entries flow from the start edge and wrap.
  y += 10;
  let cursor = 0;
  let rowTop = y;
  input.legend.forEach((entry, index) => {
    const itemWidth = LEGEND.swatch + LEGEND.gap + measure(entry.label, LEGEND.size, LEGEND.weight);
    if (cursor > 0 && cursor + itemWidth > contentWidth) {
      cursor = 0;
      rowTop += LEGEND.line;
    }
    const swatchX = rtl ? width - PAD - cursor - LEGEND.swatch : PAD + cursor;
    const swatchY = rowTop + (LEGEND.line - LEGEND.swatch) / 2;
    let fill = entry.color;
    if (entry.pattern && entry.pattern !== "solid") {
      const id = `legend-pattern-${index}`;
      defs.push(patternMarkup(id, entry.color, entry.pattern));
      fill = `url(#${id})`;
    }
    parts.push(`<rect x="${swatchX}" y="${swatchY}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" rx="2" fill="${fill}" stroke="${INK}" stroke-opacity="0.35"/>`);
    const labelX = rtl ? swatchX - LEGEND.gap : swatchX + LEGEND.swatch + LEGEND.gap;
    parts.push(textElement(entry.label, labelX, rowTop + LEGEND.line / 2 + LEGEND.size * 0.35, LEGEND.size, LEGEND.weight, INK, "start", input.direction));
    cursor += itemWidth + LEGEND.spacing;
  });
  y = input.legend.length > 0 ? rowTop + LEGEND.line : y;

  // The chart itself, at its size on the page, against the start edge.
  y += 14;
  const bodyX = rtl ? width - PAD - input.body.width : PAD;
  parts.push(`<g transform="translate(${round(bodyX)} ${round(y)})">`);
  for (const panel of input.body.panels) {
    parts.push(`<g transform="translate(${round(panel.x)} ${round(panel.y)})">${panel.svg}</g>`);
  }
  for (const text of input.body.texts) {
    const x = text.align === "left" ? text.x : text.align === "right" ? text.x + text.width : text.x + text.width / 2;
    const anchor = text.align === "center" ? "middle" : (text.align === "left") !== rtl ? "start" : "end";
    parts.push(textElement(text.text, x, text.y + text.height / 2 + text.fontSize * 0.35, text.fontSize, text.fontWeight, text.color, anchor, input.direction));
  }
  parts.push("</g>");
  y += input.body.height + 16;

  // What was counted, then where the image comes from, under a rule.
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${RULE}"/>`);
  y += 6;
  for (const note of input.notes) {
    paragraph(note, NOTE, MUTED);
    y += 4;
  }
  paragraph(input.source, { ...NOTE, weight: 600 }, INK);
  const height = Math.ceil(y + PAD - 8);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${escapeXml(input.lang)}" font-family="${escapeXml(IMAGE_FONT_FAMILY)}" direction="ltr">`,
    defs.length > 0 ? `<defs>${defs.join("")}</defs>` : "",
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("");
  return { svg, width, height };
}

/**
 * Break a text into lines no wider than a width, at spaces (a word wider than the width gets a
 * line of its own).
 *
 * @param text the text
 * @param maxWidth the widest a line may be
 * @param fontSize font size in pixels
 * @param fontWeight font weight
 * @param measure how to measure a line (default: an estimate)
 * @returns the lines; none for an empty text
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, fontWeight: number, measure: MeasureText = estimateTextWidth): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, fontWeight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * An estimate of a line's width where no canvas can measure it: a little over half the font
 * size per character, a little more in bold.
 *
 * @param text the line
 * @param fontSize font size in pixels
 * @param fontWeight font weight
 */
export function estimateTextWidth(text: string, fontSize: number, fontWeight: number): number {
  return text.length * fontSize * (fontWeight >= 600 ? 0.6 : 0.55);
}

/**
 * Escape text for XML content and attribute values.
 *
 * @param text any text
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

function textElement(text: string, x: number, y: number, size: number, weight: number, color: string, anchor: "start" | "middle" | "end", direction: "ltr" | "rtl"): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${color}" text-anchor="${anchor}" direction="${direction}">${escapeXml(text)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
