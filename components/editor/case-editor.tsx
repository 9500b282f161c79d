"use client";

import { DistinctiveTermsPanel } from "@/components/editor/distinctive/distinctive-terms-panel";
import { LexiconEditor } from "@/components/editor/lexicon/lexicon-editor";
import type { CaseDraft } from "@/lib/editor/draft";
import { EDITOR_SECTIONS } from "@/lib/editor/editor-state";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { referentsEditorMessages } from "@/lib/i18n/referents-editor-messages";
import { ArticlesEditor } from "./articles-editor";
import { DetailsEditor } from "./details-editor";
import { EditorNotice } from "./editor-notice";
import { EditorTabs } from "./editor-tabs";
import { EditorToolbar } from "./editor-toolbar";
import { ReferentsEditor } from "./referents-editor";
import { SaveFailureBox } from "./save-failure-box";
import { ShareLinks } from "./share-links";
import { useCaseEditor } from "./use-case-editor";

export interface CaseEditorProps {
  caseId: string;
  initialDraft: CaseDraft;
  /** The stored version the draft is based on; null for the bundled case study, which cannot be saved. */
  initialVersion: number | null;
  locale: Locale;
  strings: EditorMessages;
}

/**
 * A case study being edited: the draft in memory, saved with the secret edit token (read from
 * the edit link's fragment, then kept in this browser), with a version check. Nothing typed is
 * lost: a refused save keeps the draft, names the problems, and after a conflict offers the
 * draft as a download before anything replaces it.
 */
export function CaseEditor(props: CaseEditorProps) {
  const { caseId, locale, strings: t } = props;
  const editor = useCaseEditor(props);
  const { state, bundled, section, setDraft } = editor;
  const { draft, saved, token, busy, failure } = state;

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{format(t.editTitle, { name: draft.name[locale] || draft.name.en })}</h1>

      <EditorNotice bundled={bundled} token={token} copying={busy === "copying"} busy={busy !== null} onCopy={() => void editor.copy()} strings={t} />

      <EditorToolbar
        caseId={caseId}
        bundled={bundled}
        dirty={editor.dirty}
        version={saved.version}
        canSave={editor.canSave}
        busy={busy}
        onSave={() => void editor.save()}
        onDownloadDraft={editor.downloadDraft}
        onDelete={() => void editor.remove()}
        strings={t}
      />

      {failure && (
        <SaveFailureBox
          failure={failure}
          version={saved.version}
          busy={busy !== null}
          onDownloadDraft={editor.downloadDraft}
          onLoadTheirs={() => void editor.loadTheirs()}
          onOverwrite={(theirs) => void editor.save(theirs)}
          boxRef={editor.failureRef}
          strings={t}
        />
      )}

      {!bundled && <ShareLinks caseId={caseId} token={token} strings={t} />}

      <EditorTabs
        label={t.sections}
        current={section}
        onSelect={editor.setSection}
        labels={{
          details: t.sectionDetails,
          articles: format(t.sectionArticles, { count: draft.articles.length }),
          lexicon: format(t.sectionLexicon, { count: draft.lexicon.length }),
          distinctive: t.sectionDistinctive,
          referents: format(referentsEditorMessages(locale).section, { count: (draft.referentRules?.length ?? 0) + (draft.curatorNotes?.length ?? 0) }),
        }}
      />

      {EDITOR_SECTIONS.filter((id) => state.opened.has(id)).map((id) => (
        <div key={id} hidden={id !== section} data-testid={`section-${id}`}>
          {id === "details" && <DetailsEditor draft={draft} onChange={setDraft} strings={t} />}
          {id === "articles" && (
            <ArticlesEditor caseId={caseId} draft={draft} compiled={editor.compiled} onChange={setDraft} onTyping={editor.setTyping} savedTexts={editor.savedTexts} lexiconSaved={draft.lexicon === saved.draft.lexicon} locale={locale} strings={t} />
          )}
          {id === "lexicon" && <LexiconEditor caseId={caseId} draft={draft} onChange={setDraft} locale={locale} />}
          {id === "distinctive" && <DistinctiveTermsPanel caseId={caseId} draft={draft} onChange={setDraft} locale={locale} />}
          {id === "referents" && <ReferentsEditor draft={draft} onChange={setDraft} locale={locale} />}
        </div>
      ))}
    </div>
  );
}
