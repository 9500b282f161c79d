// @vitest-environment node
import { describe, expect, it } from "vitest";
import { splitLine, toTextBlocks } from "@/lib/reader/text-blocks";

describe("toTextBlocks", () => {
  it("should give no block for an empty text", () => {
    expect(toTextBlocks("", [])).toEqual([]);
  });

  it("should give no block for a segment of blank lines only", () => {
    expect(toTextBlocks("\n \n\r\n", [{ kind: "body", start: 0, end: 5 }])).toEqual([]);
  });

  it("should keep every non-blank line with its offsets into the raw text", () => {
    const text = "عنوان\n\n  سطر أول \r\nسطر ثان";
    const [block] = toTextBlocks(text, [{ kind: "body", start: 0, end: text.length }]);
    expect(block!.lines.map((line) => line.text)).toEqual(["عنوان", "سطر أول", "سطر ثان"]);
    for (const line of block!.lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it("should alternate body and chrome blocks in text order", () => {
    const text = "شؤون عربية\n\nالخبر\n\nاقرأ أيضًا: خبر آخر\n\nتتمة الخبر";
    const segments = [
      { kind: "chrome", start: 0, end: 12 },
      { kind: "body", start: 12, end: 19 },
      { kind: "chrome", start: 19, end: 40 },
      { kind: "body", start: 40, end: text.length },
    ] as const;
    const blocks = toTextBlocks(text, segments);
    expect(blocks.map((block) => [block.kind, block.lines.map((line) => line.text)])).toEqual([
      ["chrome", ["شؤون عربية"]],
      ["body", ["الخبر"]],
      ["chrome", ["اقرأ أيضًا: خبر آخر"]],
      ["body", ["تتمة الخبر"]],
    ]);
    expect(blocks.map((block) => block.start)).toEqual([0, 12, 19, 40]);
  });

  it("should merge chrome segments that only blank lines separate", () => {
    const text = "تعليقات\n\nالتعليقات\n\nمقالات ذات صلة";
    const blocks = toTextBlocks(text, [
      { kind: "chrome", start: 0, end: 7 },
      { kind: "body", start: 7, end: 9 },
      { kind: "chrome", start: 9, end: text.length },
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.lines.map((line) => line.text)).toEqual(["تعليقات", "التعليقات", "مقالات ذات صلة"]);
  });

  it("should mark lines written in Latin script only", () => {
    const text = "Picture taken June 16, 2015. REUTERS/Stringer\nPublished On 16/11/2015 درنة\n12";
    const [block] = toTextBlocks(text, [{ kind: "chrome", start: 0, end: text.length }]);
    expect(block!.lines.map((line) => line.latin)).toEqual([true, false, false]);
  });
});

describe("splitLine", () => {
  const text = "قال الجيش الليبي إن قوات حفتر\nدخلت درنة";
  const [block] = toTextBlocks(text, [{ kind: "body", start: 0, end: text.length }]);
  const [first, second] = block!.lines;

  it("should give the whole line as text when no mention is in it", () => {
    expect(splitLine(text, second!, [])).toEqual([{ kind: "text", start: second!.start, text: "دخلت درنة" }]);
  });

  it("should cut the line at each mention and cover it exactly", () => {
    const army = { start: 4, end: 16 };
    const forces = { start: 20, end: 29 };
    const pieces = splitLine(text, first!, [army, forces]);
    expect(pieces.map((p) => [p.kind, p.text])).toEqual([
      ["text", "قال "],
      ["mention", "الجيش الليبي"],
      ["text", " إن "],
      ["mention", "قوات حفتر"],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(first!.text);
    expect(pieces.filter((p) => p.kind === "mention").every((p) => p.kind === "mention" && p.first)).toBe(true);
  });

  it("should split a mention that runs over a line break, its first piece alone being the anchor", () => {
    const across = { start: 25, end: 34 };
    const end = splitLine(text, first!, [across]).at(-1);
    const start = splitLine(text, second!, [across])[0];
    expect(end).toMatchObject({ kind: "mention", text: "حفتر", first: true });
    expect(start).toMatchObject({ kind: "mention", text: "دخلت", first: false });
  });
});
