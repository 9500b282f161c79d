import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { ChartOutlet } from "./chart-models";
import { formatCount } from "./format";
import { CLAUSE_SEMICOLON, LIST_COMMA } from "@/lib/i18n/punctuation";

/**
 * Which articles stand for each outlet, as one line of text for an exported image:
 * "Articles counted: Qposts: May 2018 (approx.), 395 body words; …".
 *
 * @param outlets the outlets with their articles
 * @param locale the interface language
 */
export function describeArticles(outlets: readonly ChartOutlet[], locale: Locale): string {
  const t = CHARTS_MESSAGES[locale];
  const separator = CLAUSE_SEMICOLON[locale];
  const comma = LIST_COMMA[locale];
  const parts = outlets.map(
    (outlet) => `${outlet.name}: ${outlet.articles.map((a) => a.date).join(comma)}${comma}${format(t.articleWords, { words: formatCount(outlet.words) })}`,
  );
  return `${t.articlesCounted} ${parts.join(separator)}.`;
}
