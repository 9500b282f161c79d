import type { z } from "zod";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { type SchemaMessageKey, schemaText } from "@/lib/i18n/schema-messages";

// The Arabic of every message a schema gives a rule, by its English (the message zod reports).
const ruleArabic = new Map<string, string>();

/**
 * A schema rule's message: the English zod reports, remembered with its Arabic so that
 * {@link issueText} can give both.
 *
 * @param text the message in both languages
 * @returns the English, for zod
 */
export function ruleMessage(text: LocalizedText): string {
  ruleArabic.set(text.en, text.ar);
  return text.en;
}

const TYPE_NAMES: Partial<Record<string, SchemaMessageKey>> = {
  string: "typeString",
  number: "typeNumber",
  int: "typeNumber",
  boolean: "typeBoolean",
  array: "typeArray",
  object: "typeObject",
  null: "typeNull",
};

/**
 * A validation issue's message in both languages. The English is zod's message, as the API has
 * always reported it; the Arabic is the schema's own (see {@link ruleMessage}) or, for a rule
 * without one, written from the issue's code and limits.
 *
 * @param issue one issue of a failed parse
 */
export function issueText(issue: z.core.$ZodIssue): LocalizedText {
  return { en: issue.message, ar: ruleArabic.get(issue.message) ?? describeIssue(issue).ar };
}

function describeIssue(issue: z.core.$ZodIssue): LocalizedText {
  switch (issue.code) {
    case "invalid_type": {
      const name = TYPE_NAMES[issue.expected];
      return schemaText("issueExpected", { expected: name ? schemaText(name) : issue.expected });
    }
    case "invalid_value":
      return schemaText("issueOneOf", { values: issue.values.map((v) => JSON.stringify(v)).join(", ") });
    case "unrecognized_keys":
      return schemaText("issueUnknownKeys", { keys: issue.keys.join(", ") });
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return schemaText("schemaNotEmpty");
      return schemaText(issue.origin === "string" ? "issueMinLength" : "issueMinItems", { min: Number(issue.minimum) });
    case "too_big":
      return schemaText(issue.origin === "string" ? "issueMaxLength" : "issueMaxItems", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.pattern ? schemaText("issuePattern", { pattern: issue.pattern }) : schemaText("issueInvalid");
    default:
      return schemaText("issueInvalid");
  }
}
