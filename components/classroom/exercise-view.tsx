import { ArticleDate } from "@/components/case-study/article-date";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { HowToRead } from "@/components/ui/how-to-read";
import { caseSectionPath } from "@/lib/case-study/paths";
import type { ExerciseView as ExerciseViewData } from "@/lib/classroom/exercise-view";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
import { localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { ExerciseBoard } from "./exercise-board";
import { ExerciseTranslation } from "./exercise-translation";
import { LIST_COMMA } from "@/lib/i18n/punctuation";

/** The exercise page for one article: where it comes from, how the exercise works, and the board. */
export function ExerciseView({ view }: { view: ExerciseViewData }) {
  const { caseStudy, article, locale, chromeLines } = view;
  const t = EXERCISE_MESSAGES[locale];
  const c = CASE_MESSAGES[locale];
  const source = (
    <>
      {article.outlet.name[locale]}
      {LIST_COMMA[locale]}
      <ArticleDate article={article} locale={locale} />
    </>
  );

  return (
    <>
      <Breadcrumbs
        label={c.breadcrumb}
        trail={[
          { href: localizedHref(caseSectionPath(caseStudy.id), locale), label: caseStudy.name[locale] },
          { href: localizedHref(caseSectionPath(caseStudy.id, "exercise"), locale), label: t.exercise },
        ]}
        current={source}
      />

      {/* The headline is the text's first line (the engine counts it), so the title names the task and the source. */}
      <h1 className="mb-5 text-[1.75rem] font-semibold leading-snug">
        {t.indexTitle}
        <span className="block text-lg font-normal text-muted">{source}</span>
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

      <ExerciseBoard {...view.board} strings={t} />
      {/* After the board, so the keyboard reaches the text to mark first. */}
      <ExerciseTranslation translation={view.translation} locale={locale} strings={t} />
    </>
  );
}
