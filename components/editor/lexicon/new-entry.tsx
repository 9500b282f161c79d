"use client";

import { useState } from "react";
import type { CaseDraft } from "@/lib/editor/draft";
import { checkEntry } from "@/lib/editor/lexicon-checks";
import { type EntryFields, blankEntryFields } from "@/lib/editor/lexicon-edits";
import type { LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { AddButtons } from "./add-buttons";
import { EntryForm } from "./entry-form";

export interface NewEntryProps {
  idPrefix: string;
  draft: CaseDraft;
  glosses: ReadonlyMap<string, string>;
  onAdd: (fields: EntryFields) => void;
  onCancel: () => void;
  locale: Locale;
  t: LexiconEditorMessages;
}

/** The form for a new term; its problems show once the user tries to add it, each under its field. */
export function NewEntry({ idPrefix, draft, glosses, onAdd, onCancel, locale, t }: NewEntryProps) {
  const [fields, setFields] = useState<EntryFields>(() => blankEntryFields(draft.lexicon.at(-1)?.category ?? "delegitimization"));
  const [tried, setTried] = useState(false);
  const problems = checkEntry(fields, draft, null);
  return (
    <form
      aria-label={t.newTerm}
      noValidate
      className="mb-4 grid gap-3 rounded-md border border-accent bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problems.length === 0) onAdd(fields);
      }}
    >
      <h4 className="font-semibold">{t.newTerm}</h4>
      {tried && problems.length > 0 && (
        <p role="alert" className="text-sm font-medium text-[#a4261b]">
          {t.fixBeforeAdding}
        </p>
      )}
      <EntryForm
        idPrefix={idPrefix}
        fields={fields}
        onChange={setFields}
        problems={tried ? problems : []}
        actors={draft.actors}
        events={draft.events}
        glosses={glosses}
        locale={locale}
        t={t}
      />
      <AddButtons addLabel={t.addButton} cancelLabel={t.cancel} onCancel={onCancel} />
    </form>
  );
}
