import { formatArticleDate } from "@/lib/case-study/format-date";
import type { CaseArticle } from "@/lib/case-study/types";
import type { Locale } from "@/lib/i18n/locale";

export interface ArticleDateProps {
  article: Pick<CaseArticle, "date" | "datePrecision" | "dateApproximate">;
  locale: Locale;
}

/** An article's date, no more precise than it is known ("May 2018 (approx.)"). */
export function ArticleDate({ article, locale }: ArticleDateProps) {
  // YYYY, YYYY-MM and YYYY-MM-DD are all valid machine-readable <time> values.
  return <time dateTime={article.date}>{formatArticleDate(article, locale)}</time>;
}
