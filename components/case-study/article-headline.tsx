import { SourceText } from "@/components/ui/source-text";
import type { CaseArticle } from "@/lib/case-study/types";

export interface ArticleHeadlineProps {
  article: Pick<CaseArticle, "headline" | "language">;
}

/**
 * An article's headline as captured, or a plain statement that none was: a missing headline
 * is never made up.
 */
export function ArticleHeadline({ article }: ArticleHeadlineProps) {
  if (article.headline === null) {
    return (
      <span lang="en" dir="ltr" className="font-sans font-normal italic text-muted">
        (no headline captured)
      </span>
    );
  }
  return <SourceText language={article.language}>{article.headline}</SourceText>;
}
