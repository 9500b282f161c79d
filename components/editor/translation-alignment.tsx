"use client";

import { useDeferredValue, useMemo } from "react";
import { SourceText } from "@/components/ui/source-text";
import { alignParagraphs } from "@/lib/case-study/paragraph-alignment";
import { translationParagraphs } from "@/lib/editor/article-translation";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { format } from "@/lib/i18n/messages";

export interface TranslationAlignmentProps {
  /** The original's body paragraphs, as the reader shows them. */
  original: readonly string[];
  /** The translation field as typed. */
  translation: string;
  language: "ar" | "en";
  strings: Pick<
    EditorMessages,
    "alignmentTitle" | "alignmentMatch" | "alignmentMismatch" | "alignmentNone" | "alignmentPairs" | "alignmentNumber" | "alignmentOriginal" | "alignmentTranslation" | "alignmentMissing" | "alignmentOutOfStep"
  >;
}

/**
 * How the translation pairs with the original, paragraph by paragraph: the two counts, where
 * the pairs may go out of step when they differ, and every pair side by side on request. It
 * follows a deferred copy of the fields, so typing stays smooth on a long article.
 */
export function TranslationAlignment({ original, translation, language, strings: t }: TranslationAlignmentProps) {
  const deferred = useDeferredValue(translation);
  const alignment = useMemo(() => alignParagraphs(original, translationParagraphs(deferred)), [original, deferred]);
  const counts = { original: alignment.originalCount, translation: alignment.translationCount, from: alignment.outOfStepFrom ?? 0 };
  const summary = alignment.translationCount === 0 ? t.alignmentNone : format(alignment.outOfStepFrom === null ? t.alignmentMatch : t.alignmentMismatch, counts);
  const outOfStep = (n: number) => alignment.outOfStepFrom !== null && n >= alignment.outOfStepFrom;
  return (
    <section aria-label={t.alignmentTitle} className="grid gap-2" data-testid="translation-alignment">
      <p role="status" className={alignment.outOfStepFrom === null ? "text-sm text-muted" : "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"} data-testid="alignment-summary">
        {summary}
      </p>
      {alignment.translationCount > 0 && (
        <details className="rounded-md border border-rule">
          <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-accent-strong">{t.alignmentPairs}</summary>
          <ol className="max-h-96 divide-y divide-rule overflow-y-auto text-sm" data-testid="alignment-pairs">
            {alignment.pairs.map((pair) => (
              <li key={pair.number} className={`grid gap-2 px-3 py-2 sm:grid-cols-[3rem_1fr_1fr] ${outOfStep(pair.number) ? "bg-amber-50" : ""}`} data-out-of-step={outOfStep(pair.number) || undefined}>
                <span className="text-muted">
                  <span className="sr-only">{t.alignmentNumber} </span>
                  {pair.number}
                  {outOfStep(pair.number) && <span className="sr-only"> ({t.alignmentOutOfStep})</span>}
                </span>
                <div>
                  <span className="sr-only">{t.alignmentOriginal}: </span>
                  {pair.original === null ? <span className="text-muted">{t.alignmentMissing}</span> : <SourceText as="p" language={language}>{pair.original}</SourceText>}
                </div>
                <div>
                  <span className="sr-only">{t.alignmentTranslation}: </span>
                  {pair.translation === null ? (
                    <span className="text-muted">{t.alignmentMissing}</span>
                  ) : (
                    <bdi lang="en" dir="ltr">
                      {pair.translation}
                    </bdi>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
