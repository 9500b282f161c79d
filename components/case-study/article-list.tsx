import Link from "next/link";
import { articlePath } from "@/lib/case-study/paths";
import type { CaseArticle } from "@/lib/case-study/types";
import { ArticleDate } from "./article-date";
import { ArticleHeadline } from "./article-headline";

export interface ArticleListProps {
  caseId: string;
  articles: readonly CaseArticle[];
}

/** A case study's articles, oldest first, each linking to its reader page. */
export function ArticleList({ caseId, articles }: ArticleListProps) {
  // Dates of mixed precision ("2016-04", "2018-02-13") still sort in time order as strings.
  const byDate = [...articles].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="grid gap-3" aria-label="Articles">
      {byDate.map((article) => (
        <li key={article.id}>
          <Link
            href={articlePath(caseId, article.id)}
            data-testid="article-link"
            className="group block rounded-lg border border-rule bg-white px-4 py-3 transition-colors hover:border-accent hover:bg-accent-soft"
          >
            <span className="block text-sm text-muted">
              <span className="font-medium text-ink">{article.outlet.name.en}</span>
              {" · "}
              <ArticleDate article={article} />
            </span>
            <span className="mt-1 block text-xl leading-relaxed text-accent-strong group-hover:underline">
              <ArticleHeadline article={article} />
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

