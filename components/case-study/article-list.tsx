import Link from "next/link";
import { articlePath } from "@/lib/case-study/paths";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { CaseArticle } from "@/lib/case-study/types";
import { ArticleDate } from "./article-date";
import { ArticleHeadline } from "./article-headline";

export interface ArticleListProps {
  caseId: string;
  articles: readonly CaseArticle[];
  locale: Locale;
}

/** A case study's articles, oldest first, each linking to its reader page. */
export function ArticleList({ caseId, articles, locale }: ArticleListProps) {
  // Dates of mixed precision ("2016-04", "2018-02-13") still sort in time order as strings.
  const byDate = [...articles].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="grid gap-3" aria-label={CASE_MESSAGES[locale].articles}>
      {byDate.map((article) => (
        <li key={article.id}>
          <Link
            href={localizedHref(articlePath(caseId, article.id), locale)}
            data-testid="article-link"
            className="group block rounded-lg border border-rule bg-white px-4 py-3 transition-colors hover:border-accent hover:bg-accent-soft"
          >
            <span className="block text-sm text-muted">
              <span className="font-medium text-ink">{article.outlet.name[locale]}</span>
              {" · "}
              <ArticleDate article={article} locale={locale} />
            </span>
            <span className="mt-1 block text-xl leading-relaxed text-accent-strong group-hover:underline">
              <ArticleHeadline article={article} locale={locale} />
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

