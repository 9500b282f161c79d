import type { Mention, Segment } from "@/lib/engine";

/** One non-blank line of the raw text, in UTF-16 offsets. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
  /** Latin letters and no Arabic ones: a line the outlet wrote in English (a photo credit). */
  latin: boolean;
}

/** A run of consecutive lines of one kind, shown as one block. */
export interface TextBlock {
  kind: Segment["kind"];
  /** Offset of the block's first line: unique within a text, so usable as a React key or id. */
  start: number;
  lines: TextLine[];
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Group a text's segments into the blocks the reader shows: body and page chrome alternate,
 * each block made of the segment's non-blank lines.
 *
 * Blank lines only space paragraphs out, so they start no block: two chrome segments with
 * nothing but blank lines between them show as one box.
 *
 * @param text the raw text.
 * @param segments body and chrome segments covering the text in order.
 * @returns the blocks, in text order.
 */
export function toTextBlocks(text: string, segments: readonly Segment[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const segment of segments) {
    const lines = splitLines(text, segment.start, segment.end);
    if (lines.length === 0) continue;
    const last = blocks.at(-1);
    if (last?.kind === segment.kind) last.lines.push(...lines);
    else blocks.push({ kind: segment.kind, start: lines[0]!.start, lines });
  }
  return blocks;
}

/**
 * The body's lines in text order, across its blocks: the paragraphs of an article as the reader
 * shows them, and as a translation gives them (one English paragraph for each, in this order).
 *
 * @param blocks the text's blocks ({@link toTextBlocks})
 * @returns the body lines, page chrome left out
 */
export function bodyLines(blocks: readonly TextBlock[]): TextLine[] {
  return blocks.filter((block) => block.kind === "body").flatMap((block) => block.lines);
}

/** The non-blank lines of `text.slice(start, end)`, each trimmed of its surrounding spaces. */
function splitLines(text: string, start: number, end: number): TextLine[] {
  const lines: TextLine[] = [];
  for (const match of text.slice(start, end).matchAll(/[^\r\n]+/gu)) {
    const raw = match[0];
    const content = raw.trim();
    if (content === "") continue;
    const lineStart = start + match.index + (raw.length - raw.trimStart().length);
    lines.push({
      start: lineStart,
      end: lineStart + content.length,
      text: content,
      latin: LATIN_LETTER.test(content) && !ARABIC_LETTER.test(content),
    });
  }
  return lines;
}

/** A stretch of one line: plain text, or (part of) a mention. */
export type LinePiece<M extends Pick<Mention, "start" | "end">> =
  | { kind: "text"; start: number; text: string }
  | {
      kind: "mention";
      start: number;
      text: string;
      mention: M;
      /** The mention's first piece: the one that carries its id and takes keyboard focus. */
      first: boolean;
    };

/**
 * Cut a line at the mentions in it. A mention that runs over a line break (a multi-word term
 * split across lines) gives one piece on each line; only the first is its anchor.
 *
 * @param text the raw text
 * @param line one line of it
 * @param mentions mentions of the text, in text order, not overlapping
 * @returns pieces covering the line exactly, in order
 */
export function splitLine<M extends Pick<Mention, "start" | "end">>(text: string, line: TextLine, mentions: readonly M[]): LinePiece<M>[] {
  const pieces: LinePiece<M>[] = [];
  let at = line.start;
  for (const mention of mentions) {
    if (mention.end <= line.start || mention.start >= line.end) continue;
    const start = Math.max(mention.start, line.start);
    const end = Math.min(mention.end, line.end);
    if (start > at) pieces.push({ kind: "text", start: at, text: text.slice(at, start) });
    pieces.push({ kind: "mention", start, text: text.slice(start, end), mention, first: start === mention.start });
    at = end;
  }
  if (at < line.end) pieces.push({ kind: "text", start: at, text: text.slice(at, line.end) });
  return pieces;
}
