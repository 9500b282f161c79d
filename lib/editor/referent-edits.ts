import { curatorNoteSchema, referentRuleSchema, type CuratorNote, type ReferentRule } from "@/lib/case-study/schema";
import type { CaseDraft } from "./draft";

// The editor's changes to a draft's referent rules and curator's notes, and the checks it can
// make before saving. The server checks everything again on save (validate-referents.ts), the
// offsets of a note against the tagged text included.

/** A problem the editor can see in one rule or note before saving. */
export interface ReferentDraftProblem {
  part: "rule" | "note";
  index: number;
  field: string;
  /** What is wrong, as the schema or the cross-check says it (English; the server's answer is bilingual). */
  message: string;
}

/**
 * A new rule for the draft: its first actor as both what the label names and whom it refers
 * to (the curator changes one of them), with an id not yet taken.
 *
 * @param draft the draft
 * @returns the rule to add
 */
export function newReferentRule(draft: Pick<CaseDraft, "actors" | "referentRules">): ReferentRule {
  const taken = new Set((draft.referentRules ?? []).map((rule) => rule.id));
  let n = taken.size + 1;
  while (taken.has(`rule-${n}`)) n++;
  const actor = draft.actors[0]?.id ?? "";
  return { id: `rule-${n}`, actor, referent: actor, note_en: "", note_ar: "" };
}

/**
 * A new note on the draft's first article, at its start: the curator sets the offsets of the
 * label it concerns.
 *
 * @param draft the draft
 */
export function newCuratorNote(draft: Pick<CaseDraft, "articles">): CuratorNote {
  return { article: draft.articles[0]?.id ?? "", start: 0, end: 1, note_en: "", note_ar: "" };
}

/**
 * The draft with one rule replaced, added (index = length) or removed (rule = null).
 *
 * @param draft the draft
 * @param index which rule
 * @param rule its new value, or null to remove it
 */
export function withRule(draft: CaseDraft, index: number, rule: ReferentRule | null): CaseDraft {
  return { ...draft, referentRules: replaceAt(draft.referentRules ?? [], index, rule) };
}

/**
 * The draft with one note replaced, added (index = length) or removed (note = null).
 *
 * @param draft the draft
 * @param index which note
 * @param note its new value, or null to remove it
 */
export function withNote(draft: CaseDraft, index: number, note: CuratorNote | null): CaseDraft {
  return { ...draft, curatorNotes: replaceAt(draft.curatorNotes ?? [], index, note) };
}

/**
 * What the editor can tell is wrong before saving: each rule and note against its schema, and
 * the actors, articles, outlets, events and entries they name against the draft's.
 *
 * @param draft the draft
 * @returns the problems, rules first, each naming its rule or note and field
 */
export function checkReferentDraft(draft: CaseDraft): ReferentDraftProblem[] {
  const problems: ReferentDraftProblem[] = [];
  const actors = new Set(draft.actors.map((a) => a.id));
  const articles = new Map(draft.articles.map((a) => [a.id, a]));
  const outlets = new Set(draft.outlets.map((o) => o.id));
  const events = new Set(draft.events.map((e) => e.id));
  const entries = new Set(draft.lexicon.map((e) => e.id));
  (draft.referentRules ?? []).forEach((rule, index) => {
    const push = (field: string, message: string) => problems.push({ part: "rule", index, field, message });
    const parsed = referentRuleSchema.safeParse(rule);
    if (!parsed.success) for (const issue of parsed.error.issues) push(issue.path.join(".") || "rule", issue.message);
    if (rule.actor !== null && !actors.has(rule.actor)) push("actor", `unknown actor "${rule.actor}"`);
    if (!actors.has(rule.referent)) push("referent", `unknown actor "${rule.referent}"`);
    rule.articles?.forEach((id, i) => articles.has(id) || push(`articles[${i}]`, `unknown article "${id}"`));
    rule.outlets?.forEach((id, i) => outlets.has(id) || push(`outlets[${i}]`, `unknown outlet "${id}"`));
    if (rule.event !== undefined && !events.has(rule.event)) push("event", `unknown event "${rule.event}"`);
    rule.entries?.forEach((id, i) => entries.has(id) || push(`entries[${i}]`, `unknown lexicon entry "${id}"`));
  });
  (draft.curatorNotes ?? []).forEach((note, index) => {
    const push = (field: string, message: string) => problems.push({ part: "note", index, field, message });
    const parsed = curatorNoteSchema.safeParse(note);
    if (!parsed.success) for (const issue of parsed.error.issues) push(issue.path.join(".") || "note", issue.message);
    const article = articles.get(note.article);
    if (!article) push("article", `unknown article "${note.article}"`);
    else if (note.end > article.text.length) push("end", `offsets ${note.start}–${note.end} fall outside the article's text (${article.text.length} characters)`);
    if (note.referent !== undefined && !actors.has(note.referent)) push("referent", `unknown actor "${note.referent}"`);
  });
  return problems;
}

function replaceAt<T>(items: readonly T[], index: number, item: T | null): T[] {
  if (item === null) return items.filter((_, i) => i !== index);
  const next = [...items];
  next[index] = item;
  return next;
}
