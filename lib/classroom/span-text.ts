import type { ExerciseLine } from "./exercise-text";
import type { Span } from "./score";

/**
 * The raw text of a span, pieced together from the lines it runs over.
 *
 * @param lines the exercise's lines, in order
 * @param span raw offsets, end exclusive
 * @returns the text, a line break read as a space
 */
export function spanText(lines: readonly ExerciseLine[], span: Span): string {
  const parts: string[] = [];
  for (const line of lines) {
    const end = line.start + line.text.length;
    if (end <= span.start || line.start >= span.end) continue;
    parts.push(line.text.slice(Math.max(0, span.start - line.start), Math.min(line.text.length, span.end - line.start)));
  }
  return parts.join(" ");
}
