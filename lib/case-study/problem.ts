import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";

/** One thing wrong with a case study, located as precisely as the data allows. */
export interface Problem {
  /** Where the data came from: a file path, or a name such as `import.json: articles`. */
  file: string;
  /** `entry #<index> "<id>"`, or null for a problem with the part as a whole. */
  entry: string | null;
  field: string | null;
  message: string;
}

/** A {@link Problem} whose entry and message are in both interface languages. */
export interface LocalizedProblem {
  file: string;
  entry: LocalizedText | null;
  field: string | null;
  message: LocalizedText;
  /** Set for a text over its size limit: the refusal is then a 413, not a 400. */
  tooLarge?: true;
}

/**
 * How a problem names its entry: `entry #3 "qposts-2018-05"`, or `entry #3` when it has no id.
 *
 * @param index the entry's index in its part, from 0
 * @param id its id, if it has a readable one
 */
export function describeEntry(index: number, id: string | null): LocalizedText {
  return id === null ? serverText("entry", { index }) : serverText("entryWithId", { index, id });
}

/**
 * A text that is the same in both languages: a file path, a message read where only English is written.
 *
 * @param text the text
 */
export function same(text: string): LocalizedText {
  return { en: text, ar: text };
}

/**
 * A message given either in both languages or as one bare string (the same in both).
 *
 * @param text the message
 */
export function asText(text: string | LocalizedText): LocalizedText {
  return typeof text === "string" ? same(text) : text;
}

/**
 * A field's path as a problem names it: `["forms", 2]` → `forms[2]`; `["name", "en"]` → `name.en`.
 *
 * @param segments the path's keys and indexes
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`))
    .join("");
}
