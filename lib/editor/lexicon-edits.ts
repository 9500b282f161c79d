import type { Actor, CaseEvent, CategoryId, LexiconEntry, Stance } from "@/lib/case-study/schema";
import { type CaseDraft, uniqueSlug } from "./draft";

/** What still refers to an actor or an event, by id: why it cannot be removed yet. */
export interface References {
  /** Lexicon entries that label the actor or name the event. */
  entries: string[];
  /** Articles filed under the event (never any for an actor). */
  articles: string[];
}

/** A removal: the new draft, or the references that forbid it (the draft is then unchanged). */
export type Removal = { removed: true; draft: CaseDraft } | { removed: false; references: References };

/** The fields of a lexicon entry a user writes (its id is made from them, its seeds are its own). */
export type EntryFields = Omit<LexiconEntry, "id" | "seeds">;

/**
 * A blank framing term, as the "new term" form starts: one empty form, no actor, no event.
 *
 * @param category the category to preselect (the form needs one)
 */
export function blankEntryFields(category: LexiconEntry["category"]): EntryFields {
  return { forms: [""], gloss: "", category, actor: null, stance: null, event: null, note: "" };
}

/**
 * The stance a label of each framing category takes toward its actor unless the user says
 * otherwise (DESIGN.md's taxonomy): terror, extremist and delegitimizing names withhold standing;
 * names of state authority, liberation and popular backing confer it; the categories that describe
 * what happened (assault, civilian harm, foreign involvement) and religious or revolutionary
 * vocabulary, whose direction depends on the term, start neutral.
 */
const CATEGORY_STANCES: Readonly<Record<CategoryId, Stance>> = {
  terrorism: "delegitimizing",
  extremism: "delegitimizing",
  delegitimization: "delegitimizing",
  "state-legitimacy": "legitimizing",
  liberation: "legitimizing",
  "popular-support": "legitimizing",
  assault: "neutral",
  "civilian-harm": "neutral",
  "foreign-involvement": "neutral",
  "religious-ideological": "neutral",
};

/**
 * The stance a new term of a category starts with toward the actor it labels.
 *
 * @param category the term's framing category, or null for a plain name (which frames nothing: neutral)
 */
export function defaultStance(category: LexiconEntry["category"]): Stance {
  return category === null ? "neutral" : CATEGORY_STANCES[category];
}

/**
 * An entry tied to an actor, or to none, with its stance kept in step: choosing an actor gives a
 * stance (the entry's own if it has one, else `stance`), clearing it clears the stance. This is
 * how the form makes "stance exactly when an actor is set" impossible to break.
 *
 * @param entry the entry (or its fields) being edited
 * @param actor the actor's id, or null for none
 * @param stance the stance to give an entry that has none yet (the form passes the one marked, by default its category's)
 */
export function setEntryActor<T extends Pick<LexiconEntry, "actor" | "stance">>(entry: T, actor: string | null, stance: Stance = "neutral"): T {
  if (actor === null) return { ...entry, actor: null, stance: null };
  return { ...entry, actor, stance: entry.stance ?? stance };
}

/**
 * Add a framing term. Its id is made from its English gloss (the forms are usually Arabic, which
 * ids cannot hold), unique in the lexicon.
 *
 * @param draft the draft
 * @param fields the entry's fields
 * @param idStem what to make the id from instead of the gloss (a suggestion's gloss is a placeholder)
 * @returns the new draft and the new entry's id
 */
export function addEntry(draft: CaseDraft, fields: EntryFields, idStem: string = fields.gloss): { draft: CaseDraft; id: string } {
  const id = uniqueSlug(idStem, draft.lexicon.map((e) => e.id), "term");
  const entry: LexiconEntry = { id, ...fields, seeds: [] };
  return { draft: { ...draft, lexicon: [...draft.lexicon, entry] }, id };
}

/**
 * Replace a framing term's fields; its id and seeds stay, so links to it keep working.
 *
 * @param draft the draft
 * @param id the entry's id
 * @param fields its new fields
 */
export function updateEntry(draft: CaseDraft, id: string, fields: EntryFields): CaseDraft {
  return { ...draft, lexicon: draft.lexicon.map((e) => (e.id === id ? { ...fields, id, seeds: e.seeds } : e)) };
}

/**
 * Remove a framing term (nothing else refers to one).
 *
 * @param draft the draft
 * @param id the entry's id
 */
export function removeEntry(draft: CaseDraft, id: string): CaseDraft {
  return { ...draft, lexicon: draft.lexicon.filter((e) => e.id !== id) };
}

/**
 * Add an actor, its id made from its English name.
 *
 * @param draft the draft
 * @param fields name (en, ar) and description
 * @returns the new draft and the actor's id
 */
export function addActor(draft: CaseDraft, fields: Omit<Actor, "id">): { draft: CaseDraft; id: string } {
  const id = uniqueSlug(fields.name.en, draft.actors.map((a) => a.id), "actor");
  return { draft: { ...draft, actors: [...draft.actors, { id, ...fields }] }, id };
}

/**
 * Change an actor's names or description; its id stays, so the entries that label it still do.
 *
 * @param draft the draft
 * @param id the actor's id
 * @param fields its new fields
 */
export function updateActor(draft: CaseDraft, id: string, fields: Omit<Actor, "id">): CaseDraft {
  return { ...draft, actors: draft.actors.map((a) => (a.id === id ? { id, ...fields } : a)) };
}

/**
 * What refers to an actor: the lexicon entries that label it.
 *
 * @param draft the draft
 * @param id the actor's id
 */
export function findActorReferences(draft: CaseDraft, id: string): References {
  return { entries: draft.lexicon.filter((e) => e.actor === id).map((e) => e.id), articles: [] };
}

/**
 * Remove an actor, unless an entry still labels it: removing it then would leave that entry
 * pointing at nothing, and the case study could no longer be saved.
 *
 * @param draft the draft
 * @param id the actor's id
 * @returns the new draft, or the entries that refer to the actor
 */
export function removeActor(draft: CaseDraft, id: string): Removal {
  const references = findActorReferences(draft, id);
  if (references.entries.length > 0) return { removed: false, references };
  return { removed: true, draft: { ...draft, actors: draft.actors.filter((a) => a.id !== id) } };
}

/**
 * Add an event, its id made from its English name.
 *
 * @param draft the draft
 * @param fields name (en, ar), period and description
 * @returns the new draft and the event's id
 */
export function addEvent(draft: CaseDraft, fields: Omit<CaseEvent, "id">): { draft: CaseDraft; id: string } {
  const id = uniqueSlug(fields.name.en, draft.events.map((e) => e.id), "event");
  return { draft: { ...draft, events: [...draft.events, { id, ...fields }] }, id };
}

/**
 * Change an event's names, period or description; its id stays.
 *
 * @param draft the draft
 * @param id the event's id
 * @param fields its new fields
 */
export function updateEvent(draft: CaseDraft, id: string, fields: Omit<CaseEvent, "id">): CaseDraft {
  return { ...draft, events: draft.events.map((e) => (e.id === id ? { id, ...fields } : e)) };
}

/**
 * What refers to an event: the entries that name it and the articles filed under it.
 *
 * @param draft the draft
 * @param id the event's id
 */
export function findEventReferences(draft: CaseDraft, id: string): References {
  return {
    entries: draft.lexicon.filter((e) => e.event === id).map((e) => e.id),
    articles: draft.articles.filter((a) => a.events.includes(id)).map((a) => a.id),
  };
}

/**
 * Remove an event, unless an entry or an article still refers to it.
 *
 * @param draft the draft
 * @param id the event's id
 * @returns the new draft, or what refers to the event
 */
export function removeEvent(draft: CaseDraft, id: string): Removal {
  const references = findEventReferences(draft, id);
  if (references.entries.length > 0 || references.articles.length > 0) return { removed: false, references };
  return { removed: true, draft: { ...draft, events: draft.events.filter((e) => e.id !== id) } };
}
