import { toTextBlocks } from "@/lib/reader/text-blocks";
import { tokenize, type Segment } from "@/lib/engine";

/** A word the student can mark: its raw UTF-16 offsets, end exclusive. */
export interface ExerciseWord {
  start: number;
  end: number;
}

/** One line of the article's body as the exercise shows it. */
export interface ExerciseLine {
  /** Raw offset of the line's first character (after leading spaces). */
  start: number;
  text: string;
  /** Latin letters and no Arabic ones: a line the outlet wrote in English. */
  latin: boolean;
  /** The line's words as the engine splits them, in raw offsets. */
  words: ExerciseWord[];
}

/** The text an exercise is done on. */
export interface ExerciseText {
  /** The body's non-blank lines, in order. */
  lines: ExerciseLine[];
  /** Lines of page chrome left out (breadcrumbs, "read also" links, captions): never counted. */
  chromeLines: number;
}

/**
 * The body of an article, line by line, cut into the words a student can mark. Page chrome is
 * left out: its mentions are never counted, so they are not in the answer key, and marking
 * them could never score. Words are the engine's own (runs of letters and digits, clitics
 * attached), so a mention always starts and ends on a word boundary.
 *
 * @param text the raw text
 * @param segments the engine's body and chrome segments, covering the text in order
 * @returns the body lines with their words, and how many chrome lines were left out
 */
export function buildExerciseText(text: string, segments: readonly Segment[]): ExerciseText {
  const lines: ExerciseLine[] = [];
  let chromeLines = 0;
  for (const block of toTextBlocks(text, segments)) {
    if (block.kind === "chrome") {
      chromeLines += block.lines.length;
      continue;
    }
    for (const line of block.lines) {
      const tokens = tokenize(line.text);
      const words: ExerciseWord[] = [];
      for (let i = 0; i < tokens.count; i++) words.push({ start: line.start + tokens.rawStart[i]!, end: line.start + tokens.rawEnd[i]! });
      lines.push({ start: line.start, text: line.text, latin: line.latin, words });
    }
  }
  return { lines, chromeLines };
}
