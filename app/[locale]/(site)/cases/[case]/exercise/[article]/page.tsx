import type { Metadata } from "next";
import { ArticleDate } from "@/components/case-study/article-date";
import { ExerciseBoard } from "@/components/classroom/exercise-board";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { HowToRead } from "@/components/ui/how-to-read";
import { CATEGORY_IDS } from "@/lib/case-study/schema";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { articlePath, caseSectionPath } from "@/lib/case-study/paths";
import { answerKeyVersion, buildAnswerKey } from "@/lib/classroom/answer-key";
import { buildExerciseText } from "@/lib/classroom/exercise-text";
import { progressKey } from "@/lib/classroom/progress";
import { CATEGORY_COLORS } from "@/lib/comparison/palette";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { CATEGORY_EXPLANATIONS, EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
import { localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { CATEGORY_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { findArticlePage } from "@/lib/pages/find-page";

interface ExercisePageProps {
  params: Promise<{ locale: string; case: string; article: string }>;
}

export async function generateMetadata({ params }: ExercisePageProps): Promise<Metadata> {
  const { locale, caseStudy, article } = await findArticlePage(params);
  return {
    title: format(EXERCISE_MESSAGES[locale].metaTitle, { outlet: article.outlet.name[locale], date: formatArticleDate(article, locale), case: caseStudy.name[locale] }),
  };
}

/**
 * Spot the framing on one article: its body without highlights, for the student to mark. The
 * answer key (the engine's body mentions, as every page counts them) and the explanations ship
 * in the page, so checking needs no request and works offline; they stay hidden until then.
 */
export default async function ExercisePage({ params }: ExercisePageProps) {
  const { locale, caseStudy, article, analyzed } = await findArticlePage(params);
  const t = EXERCISE_MESSAGES[locale];
  const c = CASE_MESSAGES[locale];
  const { lines, chromeLines } = buildExerciseText(article.text, analyzed.segments);
  const version = answerKeyVersion(article.text, caseStudy.lexicon);

  return (
    <>
      <Breadcrumbs
        label={c.breadcrumb}
        trail={[
          { href: localizedHref(caseSectionPath(caseStudy.id), locale), label: caseStudy.name[locale] },
          { href: localizedHref(caseSectionPath(caseStudy.id, "exercise"), locale), label: t.exercise },
        ]}
        current={
          <>
            {article.outlet.name[locale]}
            {locale === "ar" ? "، " : ", "}
            <ArticleDate article={article} locale={locale} />
          </>
        }
      />

      {/* The headline is the text's first line (the engine counts it), so the title names the task and the source. */}
      <h1 className="mb-5 text-[1.75rem] font-semibold leading-snug">
        {t.indexTitle}
        <span className="block text-lg font-normal text-muted">
          {article.outlet.name[locale]}
          {locale === "ar" ? "، " : ", "}
          <ArticleDate article={article} locale={locale} />
        </span>
      </h1>

      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{t.how1}</p>
        <p>{t.how2}</p>
        <p>{t.how3}</p>
        <p>
          {t.how4} {chromeLines > 0 && (chromeLines === 1 ? t.chromeLeftOutOne : format(t.chromeLeftOut, { count: chromeLines }))}
        </p>
        <p>{t.how5}</p>
      </HowToRead>

      <ExerciseBoard
        lines={lines}
        language={article.language}
        answerKey={buildAnswerKey(analyzed.mentions, caseStudy.lexicon)}
        storageKey={progressKey(caseStudy.id, article.id, version)}
        categories={CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[locale][id], explanation: CATEGORY_EXPLANATIONS[locale][id], color: CATEGORY_COLORS[id] }))}
        names={{
          categories: CATEGORY_NAMES[locale],
          stances: STANCE_NAMES[locale],
          actors: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name[locale]])),
          events: Object.fromEntries(caseStudy.events.map((e) => [e.id, e.name[locale]])),
        }}
        readerPath={articlePath(caseStudy.id, article.id)}
        locale={locale}
        strings={t}
      />
    </>
  );
}
