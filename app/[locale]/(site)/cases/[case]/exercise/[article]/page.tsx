import type { Metadata } from "next";
import { ExerciseView } from "@/components/classroom/exercise-view";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { getExerciseView } from "@/lib/classroom/exercise-view";
import { EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
import { format } from "@/lib/i18n/messages";
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
  const { locale, caseStudy, analyzed } = await findArticlePage(params);
  return <ExerciseView view={getExerciseView(caseStudy, analyzed, locale)} />;
}
