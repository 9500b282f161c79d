import Link from "next/link";
import { ArticleDate } from "@/components/case-study/article-date";
import { ArticleHeadline } from "@/components/case-study/article-headline";
import type { ExerciseIndexView as ExerciseIndexViewData } from "@/lib/classroom/exercise-view";
import { EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
import type { Locale } from "@/lib/i18n/locale";
import { ExerciseProgressNote } from "./exercise-progress";

/** The exercise index: every article to practise on, with what this browser kept of each. */
export function ExerciseIndexView({ view, locale }: { view: ExerciseIndexViewData; locale: Locale }) {
  const t = EXERCISE_MESSAGES[locale];
  return (
    <>
      <h1 className="mb-2 text-[1.75rem] font-semibold">{t.indexTitle}</h1>
      <p className="mb-1 max-w-3xl leading-relaxed">{t.indexIntro}</p>
      <p className="mb-6 max-w-3xl text-sm text-muted">{t.indexStorage}</p>
      <div className="overflow-x-auto rounded-xl border border-rule bg-white">
        <table className="w-full border-collapse text-start" data-testid="exercise-articles">
          <caption className="sr-only">{t.articlesCaption}</caption>
          <thead>
            <tr className="border-b border-rule text-start text-sm text-muted">
              <th scope="col" className="px-4 py-2 text-start font-semibold">
                {t.columnArticle}
              </th>
              <th scope="col" className="px-4 py-2 text-start font-semibold">
                {t.columnOutlet}
              </th>
              <th scope="col" className="px-4 py-2 text-start font-semibold">
                {t.columnDate}
              </th>
              <th scope="col" className="px-4 py-2 text-start font-semibold">
                {t.columnProgress}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.articles.map(({ article, href, storageKey }) => (
              <tr key={article.id} data-article={article.id} className="border-b border-rule last:border-b-0">
                <th scope="row" className="px-4 py-3 text-start font-normal">
                  <Link href={href} className="text-lg leading-relaxed text-accent-strong underline-offset-4 hover:underline">
                    <ArticleHeadline article={article} locale={locale} />
                  </Link>
                </th>
                <td className="whitespace-nowrap px-4 py-3">{article.outlet.name[locale]}</td>
                <td className="whitespace-nowrap px-4 py-3 text-muted">
                  <ArticleDate article={article} locale={locale} />
                </td>
                <td className="px-4 py-3 text-sm">
                  <ExerciseProgressNote storageKey={storageKey} locale={locale} strings={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
