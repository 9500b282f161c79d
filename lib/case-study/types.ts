import type { Actor, Article, CaseEvent, CuratorNote, LexiconEntry, Outlet, ReferentRule, Translation } from "./schema";

/** A name or text given in both languages of the UI. */
export interface Bilingual {
  en: string;
  ar: string;
}

/** What identifies a case study and introduces it on the first page. */
export interface CaseStudyInfo {
  /** Stable id, used in URLs (`/cases/<id>`). */
  id: string;
  name: Bilingual;
  /** One paragraph on what the case is about and why its coverage is worth comparing. */
  description: Bilingual;
}

/** An article as the app uses it: its outlet resolved and its raw text loaded. */
export interface CaseArticle extends Omit<Article, "outlet"> {
  outlet: Outlet;
  /** The raw file's text exactly as captured (UTF-8 decoded, nothing trimmed or normalized). */
  text: string;
}

/** A case study's validated content: every cross-reference in it resolves. */
export interface CaseStudyContent {
  outlets: Outlet[];
  actors: Actor[];
  events: CaseEvent[];
  lexicon: LexiconEntry[];
  articles: CaseArticle[];
  /** Whom labels refer to where that differs from what they name (absent: nowhere). */
  referentRules?: ReferentRule[];
  /** Notes on single occurrences (absent: none). */
  curatorNotes?: CuratorNote[];
  /** English translations, by Framelens or the case's editor, at most one per article (absent: none). */
  translations?: Translation[];
}

/** A case study ready to render. */
export interface CaseStudy extends CaseStudyInfo, CaseStudyContent {}
