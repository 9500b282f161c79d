import type { CaseStudyExchange } from "@/lib/case-study/exchange";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";

/**
 * A case study being edited in the browser: exactly what `PUT /api/cases/[case]` takes as
 * `caseStudy`, so saving sends it as it is and the server validates it by the same rules as
 * every other case study.
 */
export type CaseDraft = Omit<CaseStudyExchange["caseStudy"], "id">;

/** One article of a draft: its outlet by id and its raw text. */
export type DraftArticle = CaseDraft["articles"][number];

/** One lexicon entry of a draft. */
export type DraftEntry = CaseDraft["lexicon"][number];

/**
 * The draft of a case study read from its exchange file (`GET /api/cases/[case]`).
 *
 * @param file the exchange file
 * @returns the part of it an editor changes
 */
export function draftFromExchange(file: CaseStudyExchange): CaseDraft {
  const { id: _id, ...draft } = file.caseStudy;
  return draft;
}

/**
 * A draft as the pages' data layer reads a case study, for tagging and counting in the browser
 * before it is saved. Articles whose outlet does not exist (yet) are left out: they cannot be
 * counted under any outlet.
 *
 * @param id the case study's id
 * @param draft the draft, validated or not
 * @returns a case study to analyze
 */
export function caseStudyFromDraft(id: string, draft: CaseDraft): CaseStudy {
  const outlets = new Map(draft.outlets.map((outlet) => [outlet.id, outlet]));
  const articles: CaseArticle[] = [];
  for (const { outlet, ...article } of draft.articles) {
    const found = outlets.get(outlet);
    if (found) articles.push({ ...article, outlet: found });
  }
  return {
    id,
    name: draft.name,
    description: draft.description,
    outlets: draft.outlets,
    actors: draft.actors,
    events: draft.events,
    lexicon: draft.lexicon,
    articles,
    referentRules: draft.referentRules ?? [],
    curatorNotes: draft.curatorNotes ?? [],
    translations: draft.translations ?? [],
  };
}

/**
 * A readable id (lower-case kebab-case, as every id in a case study must be) made from a name
 * and unique among the ids already taken.
 *
 * @param name any name, in any script ("Libya Al-Ahrar TV", "قناة ليبيا")
 * @param taken the ids already in use
 * @param fallback the stem to use when the name has no Latin letters or digits
 * @returns e.g. "libya-al-ahrar-tv", or "outlet-2" when "outlet" is taken
 */
export function uniqueSlug(name: string, taken: Iterable<string>, fallback: string): string {
  const stem =
    name
      .normalize("NFKD")
      // Combining marks split off by NFKD: without this "É" would become "e-".
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "") || fallback;
  const used = new Set(taken);
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * A draft that takes another case study's actors, events and lexicon, as when a new case study
 * starts from the Derna lexicon (or from an empty one). Events the draft's articles already
 * refer to are kept, so no article loses its events; the entries' `seeds` are emptied, because
 * they name the other case study's files.
 *
 * @param draft the draft to change
 * @param source where the lexicon comes from
 * @returns the new draft (the old one is not changed)
 */
export function adoptLexicon(draft: CaseDraft, source: Pick<CaseDraft, "actors" | "events" | "lexicon">): CaseDraft {
  const incoming = new Set(source.events.map((event) => event.id));
  const referenced = new Set(draft.articles.flatMap((article) => article.events));
  const kept = draft.events.filter((event) => referenced.has(event.id) && !incoming.has(event.id));
  return {
    ...draft,
    actors: source.actors,
    events: [...source.events, ...kept],
    lexicon: source.lexicon.map((entry) => ({ ...entry, seeds: [] })),
  };
}
