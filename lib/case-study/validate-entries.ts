import type { z } from "zod";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { issueText } from "./issue-text";

// Checking one part of a case study entry by entry, shared by the validator of the core parts
// (validate.ts) and that of the referent rules and curator's notes (validate-referents.ts).

/** A problem found while validating, its entry and message in both interface languages. */
export interface LocalizedProblem {
  file: string;
  entry: LocalizedText | null;
  field: string | null;
  message: LocalizedText;
}

/**
 * Validate each entry of a JSON array against its schema.
 *
 * @param label how problems name the part
 * @param data the parsed part (undefined: the part is absent, and has no entries)
 * @param schema the schema of one entry
 * @param problems where each problem found is added, naming the entry (index and id) and field
 * @returns the entries that passed
 */
export function validateEntries<S extends z.ZodType>(label: string, data: unknown, schema: S, problems: LocalizedProblem[]): z.output<S>[] {
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file: label, entry: null, field: null, message: serverText("notArray") });
    return [];
  }
  const valid: z.output<S>[] = [];
  data.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const id = isRecord(raw) && typeof raw.id === "string" ? raw.id : null;
    for (const issue of result.error.issues) {
      // A strict object reports unknown keys at the entry's root: name them as the field.
      const keys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : null;
      problems.push({
        file: label,
        entry: describeEntry(index, id),
        field: keys ?? (issue.path.length > 0 ? formatPath(issue.path) : null),
        message: issueText(issue),
      });
    }
  });
  return valid;
}

/**
 * How a problem names an entry: `entry #<index> "<id>"`, or by index alone.
 *
 * @param index the entry's index in its part, from 0
 * @param id its id, when it has one
 */
export function describeEntry(index: number, id: string | null): LocalizedText {
  return id === null ? serverText("entry", { index }) : serverText("entryWithId", { index, id });
}

/** `["forms", 2]` → `forms[2]`; `["name", "en"]` → `name.en`. */
function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
