"use client";

import type { CaseDraft } from "@/lib/editor/draft";
import type { Locale } from "@/lib/i18n/locale";

/** What the case editor hands the lexicon editor: the whole draft, and where a changed one goes. */
export interface LexiconEditorProps {
  caseId: string;
  draft: CaseDraft;
  /** Receives the changed draft (actors, events, lexicon); the editor re-tags its articles from it. */
  onChange: (next: CaseDraft) => void;
  locale: Locale;
}

/** The case study's actors, events and framing terms, editable. (Being built: lists them for now.) */
export function LexiconEditor({ draft }: LexiconEditorProps) {
  return (
    <ul className="grid gap-1 text-sm">
      {draft.lexicon.map((entry) => (
        <li key={entry.id}>
          {entry.forms.join(" · ")} — {entry.gloss}
        </li>
      ))}
    </ul>
  );
}
