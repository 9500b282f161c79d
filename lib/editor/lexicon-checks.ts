import { actorSchema, eventSchema, lexiconEntrySchema } from "@/lib/case-study/schema";
import { expandForm, expandForms, formSyntaxProblem, normalizeWords } from "@/lib/engine";
import type { CaseDraft } from "./draft";
import type { EntryFields } from "./lexicon-edits";

/** Kinds of problem a field can have; the form words each one in the interface language. */
export type ProblemCode =
  | "empty"
  | "no-forms"
  | "no-letters"
  | "form-repeated"
  | "form-taken"
  | "form-syntax"
  | "unknown-actor"
  | "unknown-event"
  | "stance-required"
  | "invalid";

/** One problem with one field of an actor, event or entry. */
export interface FieldProblem {
  /** The field's path: `gloss`, `forms.1`, `name.ar`, `except.before.0` … */
  field: string;
  code: ProblemCode;
  /** For `form-taken`, the other entry's id; for `form-syntax` and `invalid`, the English reason. */
  detail?: string;
  /** For `form-taken` and `form-repeated` when the form generates the clashing phrase: that phrase. */
  phrase?: string;
}

/** An entry of a draft with its problems. */
export interface EntryProblems {
  entry: string;
  problems: FieldProblem[];
}

// Ids are made by the editor, not typed: a placeholder that passes the slug rule stands in for a new one.
const NEW_ID = "new";

/**
 * Check a framing term as the server will, plus what it checks across the case study: the
 * schema's rules (lexiconEntrySchema: forms, gloss, note not empty; stance exactly with an
 * actor), the actor and event existing, and every form matchable and owned by this entry
 * alone once normalized as the engine normalizes (two entries sharing a form would make
 * tagging ambiguous, and the engine refuses it).
 *
 * @param fields the entry's fields
 * @param draft the draft it belongs to (or will)
 * @param ownId the entry's id, or null for a new entry
 * @param forms the lexicon's forms ({@link indexForms}), when checking many entries of one lexicon
 * @returns its problems, in field order; none when it can be saved
 */
export function checkEntry(
  fields: EntryFields,
  draft: Pick<CaseDraft, "actors" | "events" | "lexicon">,
  ownId: string | null,
  forms: FormIndex = indexForms(draft.lexicon),
): FieldProblem[] {
  const problems = schemaProblems(lexiconEntrySchema.safeParse({ ...fields, id: ownId ?? NEW_ID, seeds: [] }));
  const has = (field: string) => problems.some((p) => p.field === field);
  if (fields.actor !== null && !draft.actors.some((a) => a.id === fields.actor)) problems.push({ field: "actor", code: "unknown-actor" });
  if (fields.event !== null && !draft.events.some((e) => e.id === fields.event)) problems.push({ field: "event", code: "unknown-event" });

  const own = new Set<string>();
  fields.forms.forEach((form, i) => {
    const field = `forms.${i}`;
    if (form.trim() === "" || has(field)) return;
    const syntax = formSyntaxProblem(form);
    if (syntax !== null) {
      problems.push({ field, code: "form-syntax", detail: syntax });
      return;
    }
    const phrases = expandForm(form).map((phrase) => ({ phrase, normalized: normalizeWords(phrase) }));
    const generated = (phrase: string) => (phrase === form ? {} : { phrase });
    if (phrases.every((p) => p.normalized === "")) problems.push({ field, code: "no-letters" });
    else {
      const repeated = phrases.find((p) => own.has(p.normalized));
      const taken = phrases
        .map((p) => ({ ...p, other: forms.get(p.normalized)?.find((id) => id !== ownId) }))
        .find((p) => p.other !== undefined);
      if (repeated) problems.push({ field, code: "form-repeated", ...generated(repeated.phrase) });
      else if (taken) problems.push({ field, code: "form-taken", detail: taken.other, ...generated(taken.phrase) });
    }
    for (const p of phrases) own.add(p.normalized);
  });
  return problems;
}

/** Every form of a lexicon once expanded and normalized, and the ids of the entries that list or generate it. */
export type FormIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Index a lexicon's forms as the engine normalizes them, to check many entries against it at once.
 *
 * @param lexicon the draft's lexicon
 */
export function indexForms(lexicon: readonly { id: string; forms: readonly string[] }[]): FormIndex {
  const index = new Map<string, string[]>();
  for (const entry of lexicon) {
    for (const form of expandForms(entry.forms)) {
      const key = normalizeWords(form);
      const ids = index.get(key);
      if (!ids) index.set(key, [entry.id]);
      else if (!ids.includes(entry.id)) ids.push(entry.id);
    }
  }
  return index;
}

/**
 * Check an actor's fields by the schema's rules.
 *
 * @param fields name (en, ar) and description
 */
export function checkActor(fields: { name: { en: string; ar: string }; description: string }): FieldProblem[] {
  return schemaProblems(actorSchema.safeParse({ ...fields, id: NEW_ID }));
}

/**
 * Check an event's fields by the schema's rules.
 *
 * @param fields name (en, ar), period and description
 */
export function checkEvent(fields: { name: { en: string; ar: string }; period: string; description: string }): FieldProblem[] {
  return schemaProblems(eventSchema.safeParse({ ...fields, id: NEW_ID }));
}

/**
 * Every lexicon entry of a draft that could not be saved as it is, with its problems: what an
 * editor checks before sending the draft.
 *
 * @param draft the draft
 * @returns the entries with problems, in lexicon order
 */
export function findLexiconProblems(draft: Pick<CaseDraft, "actors" | "events" | "lexicon">): EntryProblems[] {
  const forms = indexForms(draft.lexicon);
  return draft.lexicon
    .map(({ id, seeds: _seeds, ...fields }) => ({ entry: id, problems: checkEntry(fields, draft, id, forms) }))
    .filter((e) => e.problems.length > 0);
}

interface ParseResult {
  success: boolean;
  error?: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string; origin?: string }[] };
}

/** The schema's issues as field problems, worded by kind rather than by the schema's English. */
function schemaProblems(result: ParseResult): FieldProblem[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue): FieldProblem => {
    const field = issue.path.map(String).join(".");
    if (issue.code === "too_small" && issue.origin === "array") return { field, code: "no-forms" };
    if (issue.code === "too_small") return { field, code: "empty" };
    if (issue.code === "custom" && field === "stance") return { field, code: "stance-required" };
    return { field, code: "invalid", detail: issue.message };
  });
}
