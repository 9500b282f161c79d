import { SourceText } from "@/components/ui/source-text";
import type { CaseArticle } from "@/lib/case-study/types";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { type Locale, localeDirection } from "@/lib/i18n/locale";

export interface ArticleHeadlineProps {
  article: Pick<CaseArticle, "headline" | "language">;
  locale: Locale;
}

/**
 * An article's headline as captured, or a plain statement that none was: a missing headline
 * is never made up.
 */
export function ArticleHeadline({ article, locale }: ArticleHeadlineProps) {
  if (article.headline === null) {
    return (
      <span lang={locale} dir={localeDirection(locale)} className="font-sans font-normal italic text-muted">
        {CASE_MESSAGES[locale].noHeadline}
      </span>
    );
  }
  return <SourceText language={article.language}>{article.headline}</SourceText>;
}
