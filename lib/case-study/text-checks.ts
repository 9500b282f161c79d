import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { formatBytes } from "./format-bytes";
import { type LocalizedProblem, describeEntry, formatPath } from "./problem";
import { MAX_TEXT_BYTES, type ForbiddenCharacter, findForbiddenCharacter, findForbiddenStrings, utf8Length } from "./text-rules";

// The text rules (text-rules.ts) as problems of a case study, naming part, entry and field.

/**
 * The refusal of a string that breaks the character rule, naming the character and its offset.
 *
 * @param found the character, from text-rules
 */
export function characterMessage(found: ForbiddenCharacter): LocalizedText {
  return found.kind === "nul" ? serverText("characterNul", { offset: found.offset }) : serverText("characterSurrogate", { offset: found.offset, unit: found.codeUnit });
}

/**
 * Check every string of one part (names, glosses, notes, forms …) by the character rule before
 * anything else reads it: a string a database cannot keep exactly is refused here, naming its
 * entry, field and offset, instead of failing or changing in the store.
 *
 * @param file how problems name the part
 * @param data the part as parsed (an array of entries, or anything else, which the schema refuses)
 * @param problems where problems go
 */
export function checkCharacters(file: string, data: unknown, problems: LocalizedProblem[]): void {
  if (!Array.isArray(data)) return;
  data.forEach((raw: unknown, index) => {
    const rawId = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
    // An id that breaks the rule itself is not repeated in the message.
    const id = typeof rawId === "string" && findForbiddenCharacter(rawId) === null ? rawId : null;
    for (const found of findForbiddenStrings(raw)) {
      problems.push({ file, entry: describeEntry(index, id), field: found.path.length > 0 ? formatPath(found.path) : null, message: characterMessage(found) });
    }
  });
}

/**
 * Check an article's text by the character rule and the size limit per article
 * ({@link MAX_TEXT_BYTES}); a text over the limit makes the refusal a 413.
 *
 * @param text the article's text
 * @param file how problems name the articles
 * @param entry how problems name the article
 * @param problems where problems go
 */
export function checkArticleText(text: string, file: string, entry: LocalizedText, problems: LocalizedProblem[]): void {
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) problems.push({ file, entry, field: "text", message: characterMessage(forbidden) });
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    problems.push({ file, entry, field: "text", message: serverText("articleTooLarge", { size: formatBytes(bytes), limit: formatBytes(MAX_TEXT_BYTES) }), tooLarge: true });
  }
}
