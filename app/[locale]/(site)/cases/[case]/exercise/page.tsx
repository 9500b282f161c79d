import type { Metadata } from "next";
import Link from "next/link";
import { ArticleDate } from "@/components/case-study/article-date";
import { ArticleHeadline } from "@/components/case-study/article-headline";
import { ExerciseProgressNote } from "@/components/classroom/exercise-progress";
import { exercisePath } from "@/lib/case-study/paths";
import { answerKeyVersion } from "@/lib/classroom/answer-key";
import { progressKey } from "@/lib/classroom/progress";
import { EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
import { localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { findCasePage } from "@/lib/pages/find-page";

interface ExerciseIndexProps {
  params: Promise<{ locale: string; case: string }>;
}

export async function generateMetadata({ params }: ExerciseIndexProps): Promise<Metadata> {
  const { locale, analysis } = await findCasePage(params);
  return { title: format(EXERCISE_MESSAGES[locale].indexMetaTitle, { case: analysis.caseStudy.name[locale] }) };
}

/** The articles a student can practise spotting the framing on, oldest first, with what this browser kept of each. */
export default async function ExerciseIndexPage({ params }: ExerciseIndexProps) {
  const { locale, analysis } = await findCasePage(params);
  const t = EXERCISE_MESSAGES[locale];
  const { caseStudy } = analysis;
  // Dates of mixed precision ("2016-04", "2018-02-13") still sort in time order as strings.
  const articles = [...caseStudy.articles].sort((a, b) => a.date.localeCompare(b.date));
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
            {articles.map((article) => (
              <tr key={article.id} data-article={article.id} className="border-b border-rule last:border-b-0">
                <th scope="row" className="px-4 py-3 text-start font-normal">
                  <Link href={localizedHref(exercisePath(caseStudy.id, article.id), locale)} className="text-lg leading-relaxed text-accent-strong underline-offset-4 hover:underline">
                    <ArticleHeadline article={article} locale={locale} />
                  </Link>
                </th>
                <td className="whitespace-nowrap px-4 py-3">{article.outlet.name[locale]}</td>
                <td className="whitespace-nowrap px-4 py-3 text-muted">
                  <ArticleDate article={article} locale={locale} />
                </td>
                <td className="px-4 py-3 text-sm">
                  <ExerciseProgressNote storageKey={progressKey(caseStudy.id, article.id, answerKeyVersion(article.text, caseStudy.lexicon))} locale={locale} strings={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
