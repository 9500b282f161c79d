import { type ChartPanel, type ChartText, IMAGE_FONT_FAMILY, type LegendEntry, composeChartSvg } from "@/lib/charts/compose-svg";

// Browser only: reads the drawn chart from the page and rasterizes it on a canvas.

/** What an exported image adds to the chart as drawn: its title, legend and notes. */
export interface ChartImageSpec {
  title: string;
  subtitle?: string;
  legend: LegendEntry[];
  notes: string[];
  source: string;
  lang: string;
  direction: "ltr" | "rtl";
}

/** The families the page, and so the charts, are set in: Sans for Latin letters, Naskh for Arabic ones. */
const FONT_FAMILIES = ["Noto Sans Arabic Variable", "Noto Naskh Arabic Variable"];

/**
 * Draw a chart, as it is on the page, into a PNG with its title, legend and notes inside the
 * image, at twice its CSS size.
 *
 * The composed SVG is rasterized without its text, and the text is then drawn on the canvas
 * with the page's own (loaded) fonts: an SVG drawn as an image loads its fonts on its own
 * schedule, and text whose font is still loading is left out of the picture.
 *
 * @param root the chart's box: its Recharts SVGs and the `[data-chart-text]` texts around them
 * @param spec what the image adds
 * @param scale device pixels per CSS pixel (default 2)
 * @returns the PNG
 */
export async function renderChartPng(root: HTMLElement, spec: ChartImageSpec, scale = 2): Promise<Blob> {
  // Text is measured to wrap it: its font must be in before.
  const words = [spec.title, spec.subtitle ?? "", ...spec.legend.map((e) => e.label), ...spec.notes, spec.source];
  await Promise.all(FONT_FAMILIES.map((family) => document.fonts.load(`400 16px "${family}"`, words.join(" "))));
  const composed = composeChartSvg({ ...spec, body: captureBody(root), measureText: canvasMeasure() });
  // Laid out in the page (off screen, left to right like the image), the SVG's text takes the
  // page's fonts, so each line can be measured where the image will show it.
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.dir = "ltr";
  host.style.cssText = "position:fixed;left:-200000px;top:0;visibility:hidden;pointer-events:none;direction:ltr";
  host.innerHTML = composed.svg;
  document.body.append(host);
  try {
    const svg = host.querySelector("svg");
    if (!svg) throw new Error("no SVG to draw");
    // The charts' own stack (Sans, whose Arabic letters are Naskh's), whatever the page's lang rules say.
    svg.style.fontFamily = IMAGE_FONT_FAMILY;
    const elements = textLeaves(svg);
    await Promise.all(FONT_FAMILIES.map((family) => document.fonts.load(`400 16px "${family}"`, elements.map((e) => e.textContent ?? "").join(" "))));
    const texts = elements.map((element) => placeText(element, svg));
    for (const text of svg.querySelectorAll("text")) text.remove();
    const image = await loadSvgImage(new XMLSerializer().serializeToString(svg));

    const canvas = document.createElement("canvas");
    canvas.width = Math.round(composed.width * scale);
    canvas.height = Math.round(composed.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, composed.width, composed.height);
    for (const text of texts) drawText(context, text);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png"));
  } finally {
    host.remove();
  }
}

/** A line of the image's text, placed and styled as the page laid it out. */
interface PlacedText {
  text: string;
  left: number;
  top: number;
  font: string;
  fill: string;
  direction: CanvasDirection;
}

/** The elements that hold text directly: `<text>`s without `<tspan>`s, and `<tspan>`s. */
function textLeaves(svg: SVGSVGElement): SVGTextContentElement[] {
  return [...svg.querySelectorAll<SVGTextContentElement>("text, tspan")].filter(
    (element) => element.querySelector("tspan") === null && (element.textContent ?? "").trim() !== "",
  );
}

function placeText(element: SVGTextContentElement, svg: SVGSVGElement): PlacedText {
  const origin = svg.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const direction: CanvasDirection = style.direction === "rtl" ? "rtl" : "ltr";
  return {
    text: element.textContent ?? "",
    left: box.left - origin.left,
    top: box.top - origin.top,
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    fill: style.fill === "none" ? style.color : style.fill,
    direction,
  };
}

function drawText(context: CanvasRenderingContext2D, text: PlacedText): void {
  context.font = text.font;
  context.direction = text.direction;
  context.textAlign = "left";
  context.textBaseline = "alphabetic";
  context.fillStyle = text.fill;
  // The page's box of an SVG text spans the font's ascent and descent: its baseline is one
  // ascent below the top.
  const ascent = context.measureText(text.text).fontBoundingBoxAscent;
  context.fillText(text.text, text.left, text.top + ascent);
}

/** The chart's SVGs and texts, placed relative to its box. */
function captureBody(root: HTMLElement): { width: number; height: number; panels: ChartPanel[]; texts: ChartText[] } {
  const origin = root.getBoundingClientRect();
  const serializer = new XMLSerializer();
  const panels = [...root.querySelectorAll<SVGSVGElement>("svg.recharts-surface")].map((svg): ChartPanel => {
    const box = svg.getBoundingClientRect();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("width", String(box.width));
    clone.setAttribute("height", String(box.height));
    if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    clone.removeAttribute("style");
    clone.removeAttribute("class");
    return { svg: serializer.serializeToString(clone), x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
  });
  const texts = [...root.querySelectorAll<HTMLElement>("[data-chart-text]")].map((element): ChartText => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const text = element.textContent?.trim() ?? "";
    // The text sits in the content box, inside the padding.
    const [top, right, bottom, left] = [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map(parseFloat);
    return {
      text: style.textTransform === "uppercase" ? text.toUpperCase() : text,
      x: box.left - origin.left + (left ?? 0),
      y: box.top - origin.top + (top ?? 0),
      width: box.width - (left ?? 0) - (right ?? 0),
      height: box.height - (top ?? 0) - (bottom ?? 0),
      fontSize: parseFloat(style.fontSize),
      fontWeight: Number(style.fontWeight) || 400,
      color: style.color,
      align: physicalAlign(style.textAlign, style.direction),
    };
  });
  return { width: origin.width, height: origin.height, panels, texts };
}

function physicalAlign(textAlign: string, direction: string): ChartText["align"] {
  if (textAlign === "center") return "center";
  if (textAlign === "left" || textAlign === "right") return textAlign;
  const rtl = direction === "rtl";
  return (textAlign === "end") !== rtl ? "right" : "left";
}

/** Measures text as the image will draw it, with the page's (loaded) font. */
function canvasMeasure(): (text: string, fontSize: number, fontWeight: number) => number {
  const context = document.createElement("canvas").getContext("2d");
  return (text, fontSize, fontWeight) => {
    if (!context) return text.length * fontSize * 0.55;
    context.font = `${fontWeight} ${fontSize}px ${FONT_FAMILIES.map((family) => `"${family}"`).join(", ")}, sans-serif`;
    return context.measureText(text).width;
  };
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    // The decoded image stays drawable after its URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
