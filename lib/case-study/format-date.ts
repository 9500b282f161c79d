import type { Article } from "./schema";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * An article's date in English, no more precise than it is known.
 *
 * Spelled out by hand rather than with `Intl` so the server and every browser print the same.
 *
 * @param article the date, its precision and whether it is approximate.
 * @returns "13 Feb 2018", "May 2018 (approx.)" or "2018".
 */
export function formatArticleDate(article: Pick<Article, "date" | "datePrecision" | "dateApproximate">): string {
  const [year, month, day] = article.date.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  const parts =
    article.datePrecision === "year" ? [year] : article.datePrecision === "month" ? [monthName, year] : [Number(day), monthName, year];
  const text = parts.join(" ");
  return article.dateApproximate ? `${text} (approx.)` : text;
}
