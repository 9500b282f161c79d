import type { CaseStudyExchange } from "./exchange";

// One article or one lexicon entry changed at a time, as the per-article and per-entry routes
// take it. The same pure step serves the server (which applies it to the stored case study and
// validates the result whole, by the case study's own rules) and the editor (which applies it
// to what it last saved, to know that a few such steps give exactly its draft). One module, so
// what the editor expects is what the server does.

/** A case study's parts as the exchange file writes them (articles by outlet id, with their texts). */
export type ExchangeCase = Omit<CaseStudyExchange["caseStudy"], "id">;

/** One article of an exchange file: its outlet by id, its raw text. */
export type ExchangeArticle = ExchangeCase["articles"][number];

/** One lexicon entry. */
export type ExchangeEntry = ExchangeCase["lexicon"][number];

/** The translations and curator's notes of one article. */
type Translations = NonNullable<ExchangeCase["translations"]>;
type CuratorNotes = NonNullable<ExchangeCase["curatorNotes"]>;

/**
 * One change of one article or one entry. An article's `translations` and `curatorNotes`, when
 * given, replace the ones it had (absent: they stay as they are).
 */
export type ItemChange =
  | { kind: "addArticle" | "putArticle"; article: ExchangeArticle; translations?: Translations; curatorNotes?: CuratorNotes }
  | { kind: "deleteArticle"; id: string }
  | { kind: "addEntry" | "putEntry"; entry: ExchangeEntry }
  | { kind: "deleteEntry"; id: string };

/**
 * A case study with one article or entry changed. An added one goes last; a changed one keeps
 * its place. A deleted article takes with it what exists only for it: its translation, the
 * curator's notes on it, and its raw file among the lexicon's seeds. The parts are not
 * validated here: the result is what the case study's rules then judge.
 *
 * @param caseStudy the case study before (not changed)
 * @param change what to change
 * @returns the case study after
 */
export function applyItemChange<C extends ExchangeCase>(caseStudy: C, change: ItemChange): C {
  switch (change.kind) {
    case "addArticle":
    case "putArticle": {
      const { article } = change;
      const at = caseStudy.articles.findIndex((a) => a.id === article.id);
      const articles = at === -1 || change.kind === "addArticle" ? [...caseStudy.articles, article] : caseStudy.articles.map((a, i) => (i === at ? article : a));
      return {
        ...caseStudy,
        articles,
        ...(change.translations === undefined ? {} : { translations: [...others(caseStudy.translations, article.id), ...change.translations] }),
        ...(change.curatorNotes === undefined ? {} : { curatorNotes: [...others(caseStudy.curatorNotes, article.id), ...change.curatorNotes] }),
      };
    }
    case "deleteArticle": {
      const gone = caseStudy.articles.find((a) => a.id === change.id);
      if (!gone) return caseStudy;
      return {
        ...caseStudy,
        articles: caseStudy.articles.filter((a) => a.id !== change.id),
        ...(caseStudy.translations === undefined ? {} : { translations: others(caseStudy.translations, change.id) }),
        ...(caseStudy.curatorNotes === undefined ? {} : { curatorNotes: others(caseStudy.curatorNotes, change.id) }),
        lexicon: caseStudy.lexicon.map((entry) => (entry.seeds.includes(gone.rawFile) ? { ...entry, seeds: entry.seeds.filter((seed) => seed !== gone.rawFile) } : entry)),
      };
    }
    case "addEntry":
    case "putEntry": {
      const { entry } = change;
      const at = caseStudy.lexicon.findIndex((e) => e.id === entry.id);
      return { ...caseStudy, lexicon: at === -1 || change.kind === "addEntry" ? [...caseStudy.lexicon, entry] : caseStudy.lexicon.map((e, i) => (i === at ? entry : e)) };
    }
    case "deleteEntry":
      return { ...caseStudy, lexicon: caseStudy.lexicon.filter((e) => e.id !== change.id) };
  }
}

/** A list without the items of one article (undefined stays undefined: a case without any). */
function others<T extends { article: string }>(items: T[] | undefined, articleId: string): T[] {
  return (items ?? []).filter((item) => item.article !== articleId);
}
