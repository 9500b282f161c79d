import { describe, expect, it } from "vitest";
import { composeChartSvg, escapeXml, estimateTextWidth, wrapText } from "@/lib/charts/compose-svg";

const panel = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect class="bar" width="10" height="10"/><text x="5" y="5">0</text></svg>';

function compose(overrides: Partial<Parameters<typeof composeChartSvg>[0]> = {}) {
  return composeChartSvg({
    title: "Framing categories per 1,000 body words",
    legend: [
      { label: "Terrorism", color: "#CC6677" },
      { label: "− Delegitimizing", color: "#D55E00", pattern: "stripes" },
      { label: "= Neutral", color: "#777777", pattern: "dots" },
    ],
    body: {
      width: 800,
      height: 300,
      panels: [
        { svg: panel, x: 0, y: 48, width: 400, height: 200 },
        { svg: panel, x: 420, y: 48, width: 400, height: 200 },
      ],
      texts: [{ text: "Qposts", x: 10, y: 0, width: 200, height: 24, fontSize: 16, fontWeight: 600, color: "rgb(31, 29, 26)", align: "left" }],
    },
    notes: ["Counted: mentions in article bodies, page chrome excluded."],
    source: "Framelens · Derna, Libya (2016–2018)",
    lang: "en",
    direction: "ltr",
    ...overrides,
  });
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll("text")].map((t) => t.textContent);

describe("composeChartSvg", () => {
  it("should make one well-formed SVG document, sized to hold the chart and its margins", () => {
    const { svg, width, height } = compose();
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute("width")).toBe(String(width));
    expect(root.getAttribute("height")).toBe(String(height));
    expect(width).toBe(800 + 64);
    expect(height).toBeGreaterThan(300 + 100);
  });

  it("should draw the title first, then the legend, inside the image", () => {
    const all = texts(parse(compose().svg));
    expect(all[0]).toBe("Framing categories per 1,000 body words");
    expect(all.slice(1, 4)).toEqual(["Terrorism", "− Delegitimizing", "= Neutral"]);
  });

  it("should give each legend entry a swatch, textured ones through a pattern", () => {
    const doc = parse(compose().svg);
    const patterns = [...doc.querySelectorAll("defs pattern")].map((p) => p.id);
    expect(patterns).toEqual(["legend-pattern-1", "legend-pattern-2"]);
    const swatches = [...doc.querySelectorAll("svg > rect[rx]")].map((r) => r.getAttribute("fill"));
    expect(swatches).toEqual(["#CC6677", "url(#legend-pattern-1)", "url(#legend-pattern-2)"]);
  });

  it("should place the chart's SVGs and texts where they were on the page, under the legend", () => {
    const doc = parse(compose().svg);
    const body = doc.querySelector("svg > g[transform]")!;
    const [, bodyY] = /translate\(([\d.]+) ([\d.]+)\)/.exec(body.getAttribute("transform")!)!.slice(1).map(Number);
    const legendBottom = Math.max(...[...doc.querySelectorAll("svg > rect[rx]")].map((r) => Number(r.getAttribute("y")) + 14));
    expect(bodyY).toBeGreaterThan(legendBottom);
    const placed = [...body.querySelectorAll(":scope > g")].map((g) => g.getAttribute("transform"));
    expect(placed).toEqual(["translate(0 48)", "translate(420 48)"]);
    expect(body.querySelectorAll("rect.bar")).toHaveLength(2);
    expect(texts(doc)).toContain("Qposts");
  });

  it("should end with what was counted and where the image comes from", () => {
    const all = texts(parse(compose().svg));
    expect(all.at(-2)).toBe("Counted: mentions in article bodies, page chrome excluded.");
    expect(all.at(-1)).toBe("Framelens · Derna, Libya (2016–2018)");
  });

  it("should mirror for right-to-left: lines start at the right edge, marked right to left", () => {
    const { svg, width } = compose({ title: "فئات التأطير لكل 1,000 كلمة من المتن", direction: "rtl", lang: "ar" });
    const title = parse(svg).querySelector("text")!;
    expect(title.getAttribute("direction")).toBe("rtl");
    expect(title.getAttribute("text-anchor")).toBe("start");
    expect(Number(title.getAttribute("x"))).toBe(width - 32);
    expect(parse(svg).documentElement.getAttribute("lang")).toBe("ar");
  });

  it("should escape text, and wrap long notes to the image's width", () => {
    const long = "word ".repeat(200).trim();
    const doc = parse(compose({ title: 'A & B <C> "D"', notes: [long] }).svg);
    expect(texts(doc)[0]).toBe('A & B <C> "D"');
    const noteLines = texts(doc).filter((t) => t?.startsWith("word"));
    expect(noteLines.length).toBeGreaterThan(3);
    expect(noteLines.join(" ")).toBe(long);
  });
});

describe("wrapText", () => {
  it("should return no lines for an empty text", () => {
    expect(wrapText("", 100, 12, 400)).toEqual([]);
  });

  it("should break at spaces so that no line is wider than the width", () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText("aa bb cc dd", 50, 12, 400, measure)).toEqual(["aa bb", "cc dd"]);
  });

  it("should give a word wider than the width a line of its own", () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText("a enormous b", 50, 12, 400, measure)).toEqual(["a", "enormous", "b"]);
  });
});

describe("helpers", () => {
  it("should estimate bold text wider than regular", () => {
    expect(estimateTextWidth("abc", 10, 700)).toBeGreaterThan(estimateTextWidth("abc", 10, 400));
  });

  it("should escape the five XML specials", () => {
    expect(escapeXml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&apos;");
  });
});
