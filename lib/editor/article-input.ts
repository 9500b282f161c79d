import { MAX_TEXT_BYTES, findForbiddenCharacter, isBlankText, utf8Length } from "@/lib/case-study/text-rules";
import type { Translation } from "@/lib/case-study/schema";
import type { CaseDraft, DraftArticle } from "./draft";
import { uniqueSlug } from "./draft";

/** What the article form holds: plain strings as typed, before they become an article. */
export interface ArticleInput {
  headline: string;
  byline: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision is read from the form. */
  date: string;
  /** The outlet's id. */
  outlet: string;
  language: "ar" | "en";
  text: string;
  /** Where the date comes from; default: the editor typed it. */
  dateEvidence?: string;
}

/**
 * A field of the article form that is not filled in as an article needs: the text empty (or
 * only invisible characters), over the size limit per article, or holding a character no
 * database keeps; the date; the outlet. The same rules the server applies on save.
 */
export type ArticleProblem = "text" | "size" | "character" | "date" | "outlet";

/** The evidence recorded for a date the editor typed. */
export const TYPED_DATE_EVIDENCE = "entered by the case study's editor";

/**
 * The precision a date is written to.
 *
 * @param date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns "year", "month" or "day", or null for anything else (an impossible month or day included)
 */
export function precisionOfDate(date: string): "year" | "month" | "day" | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return "year";
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return "month";
  const d = Number(day);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= last ? "day" : null;
}

/**
 * What keeps a form from becoming an article: empty text (or only invisible characters), a text
 * over {@link MAX_TEXT_BYTES} or with a NUL or a lone surrogate, a date that is not one, no outlet.
 *
 * @param input the form
 * @param outletIds the draft's outlets
 * @returns the fields to fix, in form order; empty when the article can be added
 */
export function checkArticleInput(input: ArticleInput, outletIds: readonly string[]): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  if (!outletIds.includes(input.outlet)) problems.push("outlet");
  if (precisionOfDate(input.date) === null) problems.push("date");
  if (isBlankText(input.text)) problems.push("text");
  else if (utf8Length(input.text) > MAX_TEXT_BYTES) problems.push("size");
  if (findForbiddenCharacter(input.text) !== null) problems.push("character");
  return problems;
}

/**
 * An article of the draft from the form: a readable id from its outlet and date, its raw file
 * named after the id, optional fields null when left empty. Editing an article keeps its id,
 * its raw file, its events and its chrome lines.
 *
 * @param input the form, checked with {@link checkArticleInput}
 * @param draft the draft it goes into (for the ids taken)
 * @param existing the article being edited, if any
 * @returns the article
 */
export function buildArticle(input: ArticleInput, draft: Pick<CaseDraft, "articles">, existing?: DraftArticle): DraftArticle {
  const date = input.date.trim();
  const id = existing?.id ?? uniqueSlug(`${input.outlet}-${date}`, draft.articles.map((a) => a.id), "article");
  const optional = (value: string) => (value.trim() === "" ? null : value.trim());
  const dateEvidence = input.dateEvidence?.trim() || (existing?.date === date ? existing.dateEvidence : TYPED_DATE_EVIDENCE);
  return {
    id,
    outlet: input.outlet,
    headline: optional(input.headline),
    subheadline: existing?.subheadline ?? null,
    date,
    datePrecision: precisionOfDate(date) ?? "year",
    // An edit that keeps the date keeps what was known of it.
    dateApproximate: existing?.date === date ? existing.dateApproximate : false,
    dateEvidence,
    // Its Arabic holds while the English it translates does; a new reason has none yet.
    ...(existing?.dateEvidence_ar !== undefined && existing.dateEvidence === dateEvidence ? { dateEvidence_ar: existing.dateEvidence_ar } : {}),
    byline: optional(input.byline),
    rawFile: existing?.rawFile ?? `${id}.txt`,
    language: input.language,
    events: existing?.events ?? [],
    chromeLines: existing?.chromeLines ?? [],
    text: input.text,
  };
}

/**
 * The form filled from an article, to edit it.
 *
 * @param article an article of the draft
 */
export function inputFromArticle(article: DraftArticle): ArticleInput {
  return {
    headline: article.headline ?? "",
    byline: article.byline ?? "",
    date: article.date,
    outlet: article.outlet,
    language: article.language,
    text: article.text,
    dateEvidence: article.dateEvidence,
  };
}

/**
 * The draft with an article added, or put in the place of the one with its id, and with the
 * translation the form gave it. An edited text keeps its translation: if the paragraphs no
 * longer line up, the editor and the reader say so; a translation is never dropped unasked.
 *
 * @param draft the draft
 * @param article the new or changed article
 * @param translation its translation from the form: null for none, undefined to leave it as it is
 */
export function putArticle(draft: CaseDraft, article: DraftArticle, translation?: Translation | null): CaseDraft {
  const index = draft.articles.findIndex((a) => a.id === article.id);
  const articles = index === -1 ? [...draft.articles, article] : draft.articles.map((a, i) => (i === index ? article : a));
  if (translation === undefined) return { ...draft, articles };
  const current = draft.translations ?? [];
  const others = current.filter((t) => t.article !== article.id);
  if (translation === null) return { ...draft, articles, translations: others };
  const at = current.findIndex((t) => t.article === article.id);
  return { ...draft, articles, translations: at === -1 ? [...current, translation] : current.map((t, i) => (i === at ? translation : t)) };
}

/** The draft's translations without the one of an article (none left out if it has none). */
function withoutTranslation(draft: CaseDraft, id: string): Pick<CaseDraft, "translations"> {
  return draft.translations === undefined ? {} : { translations: draft.translations.filter((t) => t.article !== id) };
}

/**
 * The draft without one article and its translation; the lexicon's seeds that named its raw file lose it.
 *
 * @param draft the draft
 * @param id the article's id
 */
export function removeArticle(draft: CaseDraft, id: string): CaseDraft {
  const gone = draft.articles.find((a) => a.id === id);
  if (!gone) return draft;
  return {
    ...draft,
    articles: draft.articles.filter((a) => a.id !== id),
    ...withoutTranslation(draft, id),
    lexicon: draft.lexicon.map((entry) => (entry.seeds.includes(gone.rawFile) ? { ...entry, seeds: entry.seeds.filter((s) => s !== gone.rawFile) } : entry)),
  };
}
