"use client";

import { useDeferredValue, useMemo } from "react";
import { ArticleText } from "@/components/reader/article-text";
import { ReaderProvider } from "@/components/reader/reader-context";
import { buildTooltipDetails } from "@/lib/reader/reader-props";
import type { CaseDraft } from "@/lib/editor/draft";
import { displayForm } from "@/lib/engine";
import { type DraftLexicon, tagText } from "@/lib/editor/live-tagging";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { LIST_COMMA } from "@/lib/i18n/punctuation";

export interface LivePreviewProps {
  text: string;
  language: "ar" | "en";
  /** The draft's lexicon, compiled once per change of the lexicon (not per keystroke). */
  compiled: DraftLexicon;
  /** The draft's lexicon and actors, for the tooltips. */
  draft: Pick<CaseDraft, "lexicon" | "actors">;
  chromeLines?: readonly string[];
  locale: Locale;
  strings: Pick<EditorMessages, "previewTitle" | "previewHint" | "previewEmpty" | "previewLexiconError" | "previewUntagged" | "previewCount">;
}

const NO_CHROME: readonly string[] = [];

/**
 * The text being typed or reviewed, tagged as the reader will show it: the reader's own marks
 * and tooltips, and the count of framing terms. Tagging follows a deferred copy of the text, so
 * typing stays smooth on a long article.
 */
export function LivePreview({ text, language, compiled, draft, chromeLines = NO_CHROME, locale, strings: t }: LivePreviewProps) {
  const deferred = useDeferredValue(text);
  const tagged = useMemo(() => (compiled.ok && deferred.trim() !== "" ? tagText(deferred, compiled.lexicon, chromeLines) : null), [compiled, deferred, chromeLines]);
  const details = useMemo(() => buildTooltipDetails(draft, tagged?.mentions ?? [], locale), [draft, tagged, locale]);
  const untagged = compiled.ok ? draft.lexicon.filter((entry) => compiled.untagged.has(entry.id)) : [];
  return (
    <section aria-labelledby="live-preview-title" className="grid content-start gap-3" data-testid="live-preview">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id="live-preview-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
          {t.previewTitle}
        </h3>
        {tagged && (
          <p className="text-sm font-semibold text-accent-strong" data-testid="live-count" aria-live="polite">
            {format(t.previewCount, { mentions: tagged.bodyMentions, words: tagged.words })}
          </p>
        )}
      </div>
      <p className="text-sm text-muted">{t.previewHint}</p>
      {untagged.length > 0 && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="preview-untagged">
          {t.previewUntagged}{" "}
          {untagged.map((entry, i) => (
            <span key={entry.id}>
              {i > 0 && LIST_COMMA[locale]}
              {/* Named as the lexicon editor's list names it, so the two can be matched. */}
              <bdi>{entry.gloss.trim() || firstForm(entry) || entry.id}</bdi>
            </span>
          ))}
        </p>
      )}
      {!compiled.ok && <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{format(t.previewLexiconError, { error: compiled.error })}</p>}
      <div className="max-h-[32rem] overflow-y-auto rounded-lg border border-rule bg-paper/40 px-5 py-4" aria-busy={deferred !== text}>
        {tagged ? (
          <ReaderProvider details={details}>
            <ArticleText
              text={deferred}
              segments={tagged.segments}
              mentions={tagged.mentions}
              language={language}
              locale={locale}
              idPrefix="preview-"
              strings={READER_MESSAGES[locale]}
            />
          </ReaderProvider>
        ) : (
          <p className="text-sm text-muted">{t.previewEmpty}</p>
        )}
      </div>
    </section>
  );
}

const firstForm = (entry: { forms: readonly string[] }) => displayForm(entry.forms.find((form) => form.trim() !== "")?.trim() ?? "");
