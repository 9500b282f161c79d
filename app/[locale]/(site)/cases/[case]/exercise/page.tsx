import type { Metadata } from "next";
import { ExerciseIndexView } from "@/components/classroom/exercise-index-view";
import { getExerciseIndexView } from "@/lib/classroom/exercise-view";
import { EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
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
  return <ExerciseIndexView view={getExerciseIndexView(analysis.caseStudy, locale)} locale={locale} />;
}
