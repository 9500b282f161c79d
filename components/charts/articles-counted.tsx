import Link from "next/link";
import type { ChartOutlet } from "@/lib/charts/chart-models";
import { formatCount } from "@/lib/charts/format";
import { articlePath } from "@/lib/case-study/paths";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { CLAUSE_SEMICOLON, LIST_COMMA } from "@/lib/i18n/punctuation";

export interface ArticlesCountedProps {
  caseId: string;
  outlets: readonly ChartOutlet[];
  locale: Locale;
}

/** Which articles stand for each outlet in a chart, each linking to its reader page. */
export function ArticlesCounted({ caseId, outlets, locale }: ArticlesCountedProps) {
  const t = CHARTS_MESSAGES[locale];
  const comma = LIST_COMMA[locale];
  return (
    <p>
      {t.articlesCounted}{" "}
      {outlets.map((outlet, index) => (
        <span key={outlet.id}>
          <span className="font-medium text-ink">{outlet.name}</span>{" "}
          {outlet.articles.map((article, i) => (
            <span key={article.id}>
              {i > 0 && comma}
              <Link
                href={localizedHref(articlePath(caseId, article.id), locale)}
                prefetch={false}
                className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
              >
                {article.date}
              </Link>
            </span>
          ))}{" "}
          ({format(t.articleWords, { words: formatCount(outlet.words) })}){index < outlets.length - 1 ? CLAUSE_SEMICOLON[locale] : "."}
        </span>
      ))}
    </p>
  );
}
