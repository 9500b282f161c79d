import type { Outlet } from "@/lib/case-study/schema";
import type { CaseDraft } from "./draft";
import { adoptLexicon, uniqueSlug } from "./draft";

/** One outlet as the form holds it. The Arabic name and the description may be left empty. */
export interface OutletInput {
  name: string;
  nameAr: string;
  country: string;
  language: "ar" | "en";
  description: string;
}

/** What the new-case form holds. */
export interface NewCaseInput {
  name: string;
  nameAr: string;
  description: string;
  descriptionAr: string;
  outlets: OutletInput[];
}

/** A field of the new-case form that must be filled in: the case's name, or an outlet's name or country. */
export type NewCaseProblem = { field: "name" | "description" } | { field: "outlet-name" | "outlet-country"; outlet: number };

/**
 * What keeps the form from making a case study: the English name and description, and each
 * outlet's name and country, are required.
 *
 * @param input the form
 * @returns the problems, in form order; empty when the case study can be created
 */
export function checkNewCase(input: NewCaseInput): NewCaseProblem[] {
  const problems: NewCaseProblem[] = [];
  if (input.name.trim() === "") problems.push({ field: "name" });
  if (input.description.trim() === "") problems.push({ field: "description" });
  input.outlets.forEach((outlet, index) => {
    if (outlet.name.trim() === "") problems.push({ field: "outlet-name", outlet: index });
    if (outlet.country.trim() === "") problems.push({ field: "outlet-country", outlet: index });
  });
  return problems;
}

/**
 * A text in both languages from the form: an Arabic left empty reads as the English, so an
 * Arabic page never shows a blank name.
 */
export function bilingual(en: string, ar: string): { en: string; ar: string } {
  return { en: en.trim(), ar: ar.trim() || en.trim() };
}

/**
 * The outlets from the form, each with a readable id made from its name; a missing description
 * becomes "<name>, <country>".
 *
 * @param inputs the outlets as typed
 * @param taken ids already used (default: none)
 */
export function buildOutlets(inputs: readonly OutletInput[], taken: readonly string[] = []): Outlet[] {
  const ids = [...taken];
  return inputs.map((input) => {
    const id = uniqueSlug(input.name, ids, "outlet");
    ids.push(id);
    const name = bilingual(input.name, input.nameAr);
    return { id, name, country: input.country.trim(), language: input.language, description: input.description.trim() || `${name.en}, ${input.country.trim()}` };
  });
}

/**
 * The body of `POST /api/cases` for a new case study: the form, no articles yet, and the
 * lexicon it starts from (its actors, events and entries; null: an empty lexicon).
 *
 * @param input the form, checked with {@link checkNewCase}
 * @param lexicon where the lexicon comes from, or null to start empty
 */
export function buildNewCase(input: NewCaseInput, lexicon: Pick<CaseDraft, "actors" | "events" | "lexicon"> | null): CaseDraft {
  const draft: CaseDraft = {
    name: bilingual(input.name, input.nameAr),
    description: bilingual(input.description, input.descriptionAr),
    outlets: buildOutlets(input.outlets),
    actors: [],
    events: [],
    articles: [],
    lexicon: [],
  };
  return lexicon ? adoptLexicon(draft, lexicon) : draft;
}

/**
 * A draft as it is saved: an Arabic name or description left empty takes the English, and an
 * outlet without a description gets "<name>, <country>", as on the new-case form.
 *
 * @param draft the draft as edited
 * @returns the draft to send (the edited one is not changed)
 */
export function completeDraft(draft: CaseDraft): CaseDraft {
  return {
    ...draft,
    name: bilingual(draft.name.en, draft.name.ar),
    description: bilingual(draft.description.en, draft.description.ar),
    outlets: draft.outlets.map((outlet) => ({
      ...outlet,
      name: bilingual(outlet.name.en, outlet.name.ar),
      description: outlet.description.trim() || (outlet.name.en.trim() && outlet.country.trim() ? `${outlet.name.en.trim()}, ${outlet.country.trim()}` : ""),
    })),
  };
}
