import { describe, expect, it } from "vitest";
import { toTextBlocks } from "@/components/reader/text-blocks";

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
