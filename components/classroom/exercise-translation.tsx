import type { ExerciseTranslation as ExerciseTranslationData } from "@/lib/classroom/exercise-view";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import { type Locale, localeDirection } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";

export interface ExerciseTranslationProps {
  translation: ExerciseTranslationData | null;
  locale: Locale;
  strings: Pick<ExerciseMessages, "translationShow" | "translationAidHint" | "translationMissing">;
}

/**
 * The exercise's reading aid: the article's translation, folded away until asked for, paragraph
 * by paragraph and in plain text, so that it helps a student read without marking the answers.
 * Credited to whoever made it; an article without one says so.
 */
export function ExerciseTranslation({ translation, locale, strings: t }: ExerciseTranslationProps) {
  if (translation === null) {
    return (
      <p className="mt-6 rounded-lg border border-dashed border-rule px-4 py-2.5 text-sm text-muted" data-testid="exercise-translation-missing">
        {t.translationMissing}
      </p>
    );
  }
  const r = READER_MESSAGES[locale];
  // Credit the translation to whoever made it: an editor's words are never labelled as Framelens's.
  const label = translation.by === "editor" ? r.translationLabelEditor : r.translationLabel;
  return (
    <details className="mt-6 rounded-xl border border-rule bg-white px-5 py-4 shadow-sm" data-testid="exercise-translation">
      <summary className="cursor-pointer text-sm font-semibold text-accent">{t.translationShow}</summary>
      <p className="mt-2 text-xs text-muted">{t.translationAidHint}</p>
      <p lang={locale} dir={localeDirection(locale)} className="mt-3 text-xs font-semibold text-muted" data-testid="exercise-translation-label">
        {label}
      </p>
      <div lang="en" dir="ltr" className="mt-2 grid gap-3 leading-relaxed text-ink">
        {translation.paragraphs.map((paragraph, i) => (
          <p key={i} data-translation-paragraph="">
            {paragraph}
          </p>
        ))}
      </div>
    </details>
  );
}
