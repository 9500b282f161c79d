import type { z } from "zod";
import { serverText } from "@/lib/i18n/server-error-messages";
import { issueText } from "./issue-text";
import { describeEntry, formatPath, type LocalizedProblem } from "./problem";

// Checking one part of a case study entry by entry, shared by the validator of the core parts
// (validate.ts) and that of the referent rules and curator's notes (validate-referents.ts).

/**
 * Validate each entry of a JSON array against its schema.
 *
 * @param label how problems name the part
 * @param data the parsed part (undefined: the part is absent, and has no entries)
 * @param schema the schema of one entry
 * @param problems where each problem found is added, naming the entry (index and id) and field
 * @param idKey the field that names an entry (a translation is named by the article it translates)
 * @returns the entries that passed
 */
export function validateEntries<S extends z.ZodType>(label: string, data: unknown, schema: S, problems: LocalizedProblem[], idKey = "id"): z.output<S>[] {
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
    const id = isRecord(raw) && typeof raw[idKey] === "string" ? raw[idKey] : null;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
