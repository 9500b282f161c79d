"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { SourceText } from "@/components/ui/source-text";
import { articlePath } from "@/lib/case-study/paths";
import { putArticle, removeArticle } from "@/lib/editor/article-input";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { CaseDraft } from "@/lib/editor/draft";
import { type DraftLexicon, tagText } from "@/lib/editor/live-tagging";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ArticleForm } from "./article-form";
import { BUTTON, DANGER_BUTTON } from "./form-styles";

export interface ArticlesEditorProps {
  caseId: string;
  draft: CaseDraft;
  compiled: DraftLexicon;
  onChange: (next: CaseDraft) => void;
  /** Told whether the form holds text not added yet. */
  onTyping?: (typing: boolean) => void;
  /** Articles as last saved, by id and text: only those can be opened in the reader. */
  savedTexts: ReadonlyMap<string, string>;
  /** Whether the lexicon is the saved one: only then do the saved pages count as the list does. */
  lexiconSaved: boolean;
  locale: Locale;
  strings: EditorMessages;
}

/** The draft's articles with their framing-term counts, each editable and removable, and the form that adds one. */
export function ArticlesEditor({ caseId, draft, compiled, onChange, onTyping, savedTexts, lexiconSaved, locale, strings: t }: ArticlesEditorProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const outlets = new Map(draft.outlets.map((o) => [o.id, o]));
  // Re-tagged when the lexicon or the articles change, never on a keystroke in the form.
  const counts = useMemo(
    () => new Map(compiled.ok ? draft.articles.map((a) => [a.id, tagText(a.text, compiled.lexicon, a.chromeLines)] as const) : []),
    [compiled, draft.articles],
  );
  const editedArticle = draft.articles.find((a) => a.id === editing);

  return (
    <div className="grid gap-8">
      <section aria-labelledby="articles-title">
        <h2 id="articles-title" className="mb-3 text-xl font-semibold">
          {t.articlesTitle}
        </h2>
        {draft.articles.length === 0 ? (
          <p className="text-muted">{t.noArticles}</p>
        ) : (
          <ul className="divide-y divide-rule rounded-xl border border-rule bg-white" data-testid="article-list">
            {draft.articles.map((article) => {
              const tagged = counts.get(article.id);
              const saved = savedTexts.get(article.id) === article.text;
              return (
                <li key={article.id} className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
                  <div className="min-w-0 flex-1">
                    <p className="text-sm text-muted">
                      {outlets.get(article.outlet)?.name[locale] ?? article.outlet} · <span dir="ltr">{article.date}</span>
                    </p>
                    <SourceText language={article.language} as="p" className="truncate font-semibold">
                      {article.headline ?? article.text.trim().split("\n")[0]?.slice(0, 120)}
                    </SourceText>
                    {tagged && (
                      <p className="text-sm text-accent-strong" data-testid="article-count">
                        {saved && lexiconSaved ? (
                          // Saved as shown: the count opens the mentions behind it in the evidence table.
                          <Link href={localizedHref(evidenceTablePath(caseId, { article: [article.id] }), locale)} prefetch={false} className="underline-offset-4 hover:underline">
                            {format(t.mentionsCount, { mentions: tagged.bodyMentions, words: tagged.words })}
                          </Link>
                        ) : (
                          format(t.mentionsCount, { mentions: tagged.bodyMentions, words: tagged.words })
                        )}
                      </p>
                    )}
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {saved && (
                      <Link href={localizedHref(articlePath(caseId, article.id), locale)} className={BUTTON}>
                        {t.readArticle}
                      </Link>
                    )}
                    <button type="button" className={BUTTON} onClick={() => setEditing(article.id)} aria-expanded={editing === article.id}>
                      {t.editArticle}
                    </button>
                    <button
                      type="button"
                      className={DANGER_BUTTON}
                      onClick={() => {
                        if (!window.confirm(t.removeArticleConfirm)) return;
                        if (editing === article.id) setEditing(null);
                        onChange(removeArticle(draft, article.id));
                      }}
                    >
                      {t.removeArticle}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {draft.outlets.length === 0 ? (
        <p className="rounded-md border border-rule bg-white px-4 py-3 text-muted">{t.noOutlets}</p>
      ) : editedArticle ? (
        <ArticleForm
          key={editedArticle.id}
          draft={draft}
          compiled={compiled}
          editing={editedArticle}
          onSubmit={(article, translation) => {
            onChange(putArticle(draft, article, translation));
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
          onTyping={onTyping}
          locale={locale}
          strings={t}
        />
      ) : (
        <ArticleForm draft={draft} compiled={compiled} onSubmit={(article, translation) => onChange(putArticle(draft, article, translation))} onTyping={onTyping} locale={locale} strings={t} />
      )}
    </div>
  );
}
