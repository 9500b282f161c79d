import type { ReactNode } from "react";
import { ArticleDate } from "@/components/case-study/article-date";
import { CaseText } from "@/components/case-study/case-text";
import { SourceText } from "@/components/ui/source-text";
import type { CaseEvent } from "@/lib/case-study/schema";
import type { CaseArticle } from "@/lib/case-study/types";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { caseText } from "@/lib/i18n/case-text";
import type { Locale } from "@/lib/i18n/locale";
import { BilingualName } from "@/components/ui/bilingual-name";

export interface ArticleDetailsProps {
  article: CaseArticle;
  /** The case study's events, to name the ones the article covers. */
  events: readonly CaseEvent[];
  locale: Locale;
}

/** What is known about an article, in English: outlet, date and how it was worked out, byline. */
export function ArticleDetails({ article, events, locale }: ArticleDetailsProps) {
  const t = CASE_MESSAGES[locale];
  const covered = events.filter((event) => article.events.includes(event.id));
  return (
    <dl className="grid gap-5 text-sm" data-testid="article-details">
      <Detail term={t.outlet}>
        <p className="flex flex-wrap items-baseline gap-x-2">
          <BilingualName name={article.outlet.name} className="font-semibold text-ink" arabicClassName="text-base" />
        </p>
        <CaseText as="p" className="text-muted" shown={caseText(article.outlet.country, article.outlet.country_ar, locale)} />
      </Detail>
      <Detail term={t.date}>
        <p className="font-semibold text-ink" data-testid="article-date">
          <ArticleDate article={article} locale={locale} />
        </p>
        <CaseText as="p" className="mt-1 leading-relaxed text-muted" shown={caseText(article.dateEvidence, article.dateEvidence_ar, locale)} />
      </Detail>
      <Detail term={t.byline}>
        {article.byline === null ? (
          <p className="italic text-muted">{t.noByline}</p>
        ) : (
          <p className="text-base">
            <SourceText language={article.language}>{article.byline}</SourceText>
          </p>
        )}
      </Detail>
      {covered.length > 0 && (
        <Detail term={covered.length === 1 ? t.event : t.events}>
          <ul className="grid gap-1">
            {covered.map((event) => (
              <li key={event.id}>
                {event.name[locale]} (<CaseText as="span" className="text-muted" shown={caseText(event.period, event.period_ar, locale)} />)
              </li>
            ))}
          </ul>
        </Detail>
      )}
      <Detail term={t.sourceFile}>
        <p dir="ltr" className="break-all text-start font-mono text-xs text-muted">{article.rawFile}</p>
      </Detail>
    </dl>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

