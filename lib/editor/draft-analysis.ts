import type { LexiconEntry } from "@/lib/case-study/schema";
import { analyzeCaseStudy, type CaseAnalysis } from "@/lib/comparison/analyze-case";
import { expandForms, formSyntaxProblem, normalizeWords } from "@/lib/engine";
import { type CaseDraft, caseStudyFromDraft } from "./draft";

/** A draft analyzed in the browser: what it tags now, before it is saved. */
export interface DraftAnalysis {
  analysis: CaseAnalysis;
  /** Entries left out of tagging: one of their forms is another entry's (the match would be ambiguous). */
  untagged: ReadonlySet<string>;
}

/**
 * The lexicon as it can be tagged while it is being edited: blank forms (a field just added)
 * and blank exception phrases are left out, and an entry that shares a form with an earlier
 * one is set aside, since the engine refuses a lexicon where two entries share a form. A short
 * form keeps referring back only to entries still tagged (the engine refuses an unknown one).
 *
 * @param lexicon the draft's lexicon, valid or not
 * @returns the entries to compile and the ids of those set aside
 */
export function selectTaggableEntries(lexicon: readonly LexiconEntry[]): { entries: LexiconEntry[]; untagged: Set<string> } {
  const owner = new Map<string, string>();
  const entries: LexiconEntry[] = [];
  const untagged = new Set<string>();
  for (const entry of lexicon) {
    // A form still being typed ("قوات [الليبي") is left out until it can be read.
    const forms = entry.forms.filter((form) => normalizeWords(form) !== "" && formSyntaxProblem(form) === null);
    const normalized = expandForms(forms)
      .map((form) => normalizeWords(form))
      .filter((form) => form !== "");
    if (normalized.some((form) => owner.has(form) && owner.get(form) !== entry.id)) {
      untagged.add(entry.id);
      continue;
    }
    for (const form of normalized) owner.set(form, entry.id);
    const except = entry.except && {
      before: entry.except.before?.filter((p) => normalizeWords(p) !== ""),
      after: entry.except.after?.filter((p) => normalizeWords(p) !== ""),
    };
    entries.push({ ...entry, forms, ...(except ? { except } : {}) });
  }
  const tagged = new Set(entries.map((e) => e.id));
  const kept = entries.map((entry) =>
    entry.refersBack ? { ...entry, refersBack: Object.fromEntries(Object.entries(entry.refersBack).filter(([, target]) => tagged.has(target))) } : entry,
  );
  return { entries: kept, untagged };
}

/**
 * Tag a draft's articles with its lexicon as it stands: the engine and the comparison data
 * layer are pure, so this runs in the browser on every change, before anything is saved.
 *
 * @param caseId the case study's id
 * @param draft the draft, valid or not
 * @returns the analysis (matrices, counts and charts read it) and the entries not tagged
 */
export function analyzeDraft(caseId: string, draft: CaseDraft): DraftAnalysis {
  const { entries, untagged } = selectTaggableEntries(draft.lexicon);
  const caseStudy = caseStudyFromDraft(caseId, { ...draft, lexicon: entries });
  try {
    return { analysis: analyzeCaseStudy(caseStudy), untagged };
  } catch {
    // A lexicon the engine still refuses (a rule this selection does not know): tag nothing
    // rather than break the editor; the entries' own checks say what is wrong.
    return { analysis: analyzeCaseStudy({ ...caseStudy, lexicon: [] }), untagged: new Set(draft.lexicon.map((e) => e.id)) };
  }
}

let last: { caseId: string; draft: CaseDraft; tagging: string; result: DraftAnalysis } | null = null;

/**
 * {@link analyzeDraft}, with the articles tagged again only when something tagging reads has
 * changed: the articles, the outlets, or a term's forms, category, actor, stance, event,
 * exceptions or short-form references. Typing a gloss, a note or an actor's name only renames what is already counted.
 * The lexicon editor and the distinctive-terms panel of one editor share this one analysis.
 *
 * @param caseId the case study's id
 * @param draft the draft
 */
export function analyzeDraftOnce(caseId: string, draft: CaseDraft): DraftAnalysis {
  if (last && last.draft === draft && last.caseId === caseId) return last.result;
  const tagging = JSON.stringify(draft.lexicon.map((e) => [e.id, e.forms, e.category, e.actor, e.stance, e.event, e.except ?? null, e.refersBack ?? null]));
  let result: DraftAnalysis;
  if (last && last.caseId === caseId && last.tagging === tagging && last.draft.articles === draft.articles && last.draft.outlets === draft.outlets) {
    const { analysis, untagged } = last.result;
    const lexicon = selectTaggableEntries(draft.lexicon).entries;
    const caseStudy = { ...analysis.caseStudy, name: draft.name, description: draft.description, actors: draft.actors, events: draft.events, lexicon };
    result = { analysis: { ...analysis, caseStudy }, untagged };
  } else {
    result = analyzeDraft(caseId, draft);
  }
  last = { caseId, draft, tagging, result };
  return result;
}
