import type { CaseArticle } from "@/lib/case-study/types";
import { countsByOutlet, type CaseAnalysis } from "./analyze-case";

/**
 * A period a page is narrowed to (`?from=2018-05&to=2018-06`): each end a year, a month or a
 * day, both included, either open. `from` 2018-05 starts on 1 May; `to` 2018-06 ends on 30 June.
 */
export interface Period {
  from: string | null;
  to: string | null;
}

/** No period: every article. */
export const WHOLE_CASE: Period = { from: null, to: null };

/** The URL keys of a period's ends. */
export const PERIOD_KEYS = { from: "from", to: "to" } as const;

/** A date as the URL and the case study write it: a year, a month or a day. */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What was wrong with a period in the URL, for the page to say. */
export interface PeriodProblem {
  key: "from" | "to";
  value: string;
  reason: "format" | "order";
}

/**
 * Read a period from a page's query. A malformed end (2018-13, May-2018) or a start after the
 * end is a problem the page names; the period is then the whole case, so nothing is hidden
 * without the reader knowing why.
 *
 * @param params the page's query, as Next gives it
 * @returns the period and, when the URL's could not be used, why
 */
export function parsePeriod(params: Readonly<Record<string, string | readonly string[] | undefined>>): { period: Period; problem: PeriodProblem | null } {
  const read = (key: "from" | "to") => {
    const value = params[PERIOD_KEYS[key]];
    const first = typeof value === "string" ? value : value?.[0];
    return first === undefined || first.trim() === "" ? null : first.trim();
  };
  const from = read("from");
  const to = read("to");
  for (const [key, value] of [["from", from], ["to", to]] as const) {
    if (value !== null && !isDate(value)) return { period: WHOLE_CASE, problem: { key, value, reason: "format" } };
  }
  if (from !== null && to !== null && firstDay(from) > lastDay(to)) return { period: WHOLE_CASE, problem: { key: "to", value: to, reason: "order" } };
  return { period: { from, to }, problem: null };
}

/** Whether a period narrows anything. */
export function isWholeCase(period: Period): boolean {
  return period.from === null && period.to === null;
}

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day a date can mean, as YYYY-MM-DD: 2018 → 2018-01-01, 2018-05 → 2018-05-01.
 *
 * @param date a year, month or day
 */
export function firstDay(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

/**
 * The last day a date can mean, as YYYY-MM-DD: 2018 → 2018-12-31, 2018-02 → 2018-02-28.
 *
 * @param date a year, month or day
 */
export function lastDay(date: string): string {
  const [year, month, day] = date.split("-");
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, "0")}`;
}

/**
 * Whether an article belongs to a period: the days its date can mean (a whole month for a date
 * known to the month) overlap the period's. An article known only to the year 2018 is in a
 * period of May 2018, as it may be from May; the timeline marks such placements as approximate.
 *
 * @param article the article, with its date
 * @param period the period
 */
export function isInPeriod(article: Pick<CaseArticle, "date">, period: Period): boolean {
  if (period.from !== null && lastDay(article.date) < firstDay(period.from)) return false;
  if (period.to !== null && firstDay(article.date) > lastDay(period.to)) return false;
  return true;
}

const narrowed = new WeakMap<CaseAnalysis, Map<string, CaseAnalysis>>();

/**
 * The analysis of the articles in a period, with each outlet's counts added up again: what every
 * page narrowed to a period shows. The whole case's analysis is returned as it is for no period.
 *
 * @param analysis the case's analysis
 * @param period the period
 * @returns the narrowed analysis (kept per analysis and period: pages of one visit share it)
 */
export function narrowToPeriod(analysis: CaseAnalysis, period: Period): CaseAnalysis {
  if (isWholeCase(period)) return analysis;
  const key = `${period.from ?? ""}..${period.to ?? ""}`;
  let byPeriod = narrowed.get(analysis);
  if (!byPeriod) {
    byPeriod = new Map();
    narrowed.set(analysis, byPeriod);
  }
  const kept = byPeriod.get(key);
  if (kept) return kept;
  const articles = analysis.articles.filter((a) => isInPeriod(a.article, period));
  // The case study's own list too: a page that lists articles lists the period's.
  const caseStudy = { ...analysis.caseStudy, articles: articles.map((a) => a.article) };
  const result = { caseStudy, articles, byOutlet: countsByOutlet(caseStudy.outlets, articles) };
  byPeriod.set(key, result);
  return result;
}
