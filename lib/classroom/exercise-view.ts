import { CATEGORY_IDS, translatorOf, type Translator } from "@/lib/case-study/schema";
import { plainTranslation } from "@/lib/case-study/translation-marks";
import { articlePath, exercisePath } from "@/lib/case-study/paths";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";
import type { AnalyzedArticle } from "@/lib/comparison/analyze-case";
import { CATEGORY_COLORS } from "@/lib/comparison/palette";
import { CATEGORY_EXPLANATIONS } from "@/lib/i18n/exercise-messages";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import { CATEGORY_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { answerKeyVersion, buildAnswerKey, type AnswerKey } from "./answer-key";
import { buildExerciseText, type ExerciseLine } from "./exercise-text";
import { progressKey } from "./progress";

/** What the exercise board needs: the text to mark, the hidden answer key, and the names it shows after checking. */
export interface ExerciseBoardData {
  lines: ExerciseLine[];
  language: "ar" | "en";
  answerKey: AnswerKey;
  /** Where the browser keeps the student's marks; it changes when the text or the lexicon does. */
  storageKey: string;
  categories: { id: string; name: string; explanation: string; color: string }[];
  names: { categories: Record<string, string>; stances: Record<string, string>; actors: Record<string, string>; events: Record<string, string> };
  readerPath: string;
  locale: Locale;
}

/** What the exercise page for one article shows. */
export interface ExerciseView {
  caseStudy: Pick<CaseStudy, "id" | "name">;
  article: CaseArticle;
  locale: Locale;
  /** Lines of page chrome left out of the exercise (the how-to says so). */
  chromeLines: number;
  board: ExerciseBoardData;
  /** The article's translation as plain text (no term marked, so it gives no answer away), or null where it has none. */
  translation: ExerciseTranslation | null;
}

/** A translation as the exercise's aid shows it: plain English, paragraph by paragraph, and who made it. */
export interface ExerciseTranslation {
  /** One per body paragraph of the article (the headline line among them), in order, marks reduced to their words. */
  paragraphs: string[];
  by: Translator;
}

/**
 * The spot-the-framing exercise for one article: its body cut into words, the answer key (the
 * engine's body mentions, plain names left out), the progress key and every name in the
 * interface language.
 *
 * @param caseStudy the case study the article belongs to
 * @param analyzed the article with what the engine found in it
 * @param locale the interface language
 */
export function getExerciseView(caseStudy: CaseStudy, analyzed: AnalyzedArticle, locale: Locale): ExerciseView {
  const { article } = analyzed;
  const { lines, chromeLines } = buildExerciseText(article.text, analyzed.segments);
  return {
    caseStudy: { id: caseStudy.id, name: caseStudy.name },
    article,
    locale,
    chromeLines,
    board: {
      lines,
      language: article.language,
      answerKey: buildAnswerKey(analyzed.mentions, caseStudy.lexicon),
      storageKey: progressKey(caseStudy.id, article.id, answerKeyVersion(article.text, caseStudy.lexicon)),
      categories: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[locale][id], explanation: CATEGORY_EXPLANATIONS[locale][id], color: CATEGORY_COLORS[id] })),
      names: {
        categories: CATEGORY_NAMES[locale],
        stances: STANCE_NAMES[locale],
        actors: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name[locale]])),
        events: Object.fromEntries(caseStudy.events.map((e) => [e.id, e.name[locale]])),
      },
      readerPath: articlePath(caseStudy.id, article.id),
      locale,
    },
    translation: exerciseTranslation(caseStudy, article.id),
  };
}

function exerciseTranslation(caseStudy: Pick<CaseStudy, "translations">, articleId: string): ExerciseTranslation | null {
  const translation = caseStudy.translations?.find((t) => t.article === articleId);
  if (!translation) return null;
  return {
    paragraphs: translation.paragraphs.map(plainTranslation),
    by: translatorOf(translation),
  };
}

/** The exercise index: each article with its exercise's localized link and its progress key. */
export interface ExerciseIndexView {
  articles: { article: CaseArticle; href: string; storageKey: string }[];
}

/**
 * The articles a student can practise on, oldest first, each with the link to its exercise and
 * the key under which this browser keeps its progress.
 *
 * @param caseStudy the case study
 * @param locale the interface language
 */
export function getExerciseIndexView(caseStudy: CaseStudy, locale: Locale): ExerciseIndexView {
  // Dates of mixed precision ("2016-04", "2018-02-13") still sort in time order as strings.
  const articles = [...caseStudy.articles].sort((a, b) => a.date.localeCompare(b.date));
  return {
    articles: articles.map((article) => ({
      article,
      href: localizedHref(exercisePath(caseStudy.id, article.id), locale),
      storageKey: progressKey(caseStudy.id, article.id, answerKeyVersion(article.text, caseStudy.lexicon)),
    })),
  };
}
