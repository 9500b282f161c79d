import Link from "next/link";
import { articlePath } from "@/lib/case-study/paths";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { CaseArticle } from "@/lib/case-study/types";
import { ArticleDate } from "./article-date";
import { ArticleHeadline } from "./article-headline";

export interface ArticleListProps {
  caseId: string;
  articles: readonly CaseArticle[];
  locale: Locale;
  /**
   * List only the first articles, and link to the page listing all of them: a case study of
   * hundreds of articles would otherwise make every visit to its overview carry every headline.
   */
  limit?: { shown: number; allHref: string };
}

/** A case study's articles, oldest first, each linking to its reader page (the first few, when limited). */
export function ArticleList({ caseId, articles, locale, limit }: ArticleListProps) {
  const t = CASE_MESSAGES[locale];
  // Dates of mixed precision ("2016-04", "2018-02-13") still sort in time order as strings.
  const byDate = [...articles].sort((a, b) => a.date.localeCompare(b.date));
  const cut = limit !== undefined && byDate.length > limit.shown;
  const listed = cut ? byDate.slice(0, limit.shown) : byDate;
  return (
    <>
      <ol className="grid gap-3" aria-label={t.articles}>
        {listed.map((article) => (
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
      {cut && (
        <p className="mt-3 text-sm text-muted" data-testid="articles-first-of">
          {format(t.firstArticles, { shown: listed.length, count: byDate.length })}{" "}
          <Link href={limit.allHref} prefetch={false} className="font-semibold text-accent underline-offset-4 hover:underline" data-testid="all-articles-link">
            {format(t.allArticles, { count: byDate.length })}
          </Link>
        </p>
      )}
    </>
  );
}

