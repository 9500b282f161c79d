import type { Locale } from "@/lib/i18n/locale";
import type { Article } from "./schema";

const MONTHS: Record<Locale, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
};
const APPROXIMATE: Record<Locale, string> = { en: "(approx.)", ar: "(تقريبًا)" };

/**
 * An article's date, no more precise than it is known.
 *
 * Spelled out by hand rather than with `Intl` so the server and every browser print the same.
 *
 * @param article the date, its precision and whether it is approximate.
 * @param locale the interface language (default English)
 * @returns "13 Feb 2018", "May 2018 (approx.)" or "2018"; in Arabic "13 فبراير 2018".
 */
export function formatArticleDate(article: Pick<Article, "date" | "datePrecision" | "dateApproximate">, locale: Locale = "en"): string {
  const [year, month, day] = article.date.split("-");
  const monthName = month === undefined ? undefined : MONTHS[locale][Number(month) - 1];
  const parts =
    article.datePrecision === "year" ? [year] : article.datePrecision === "month" ? [monthName, year] : [Number(day), monthName, year];
  const text = parts.join(" ");
  return article.dateApproximate ? `${text} ${APPROXIMATE[locale]}` : text;
}
